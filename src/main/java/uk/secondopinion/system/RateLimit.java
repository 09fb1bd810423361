package uk.secondopinion.system;

/**
 * The kinds of request that {@link RateLimiter} limits per client, each with its own
 * allowance.
 */
public enum RateLimit {

	/** Checking a draft and storing the result, through the form or the API. */
	CHECKS("checks"),

	/** Checking a draft without storing it, for feedback while someone types. */
	PREVIEWS("previews"),

	/**
	 * Signing in as a trainer with the wrong password. Every sign-in is counted and one
	 * that succeeds is given back ({@link RateLimiter#refund}).
	 */
	FAILED_SIGN_INS("failed sign-ins"),

	/**
	 * Asking for a quiz by a code that opens none. Every code is counted and one that
	 * opens a quiz is given back ({@link RateLimiter#refund}).
	 */
	WRONG_QUIZ_CODES("wrong quiz codes");

	private final String noun;

	RateLimit(String noun) {
		this.noun = noun;
	}

	/** What the limit counts, for messages: "checks", "failed sign-ins". */
	public String noun() {
		return this.noun;
	}

}
