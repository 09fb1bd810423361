package uk.secondopinion.system;

/**
 * The kinds of request that {@link RateLimiter} limits per client, each with its own
 * allowance.
 */
public enum RateLimit {

	/** Checking a draft and storing the result, through the form or the API. */
	CHECKS("checks"),

	/** Checking a draft without storing it, for feedback while someone types. */
	PREVIEWS("previews");

	private final String noun;

	RateLimit(String noun) {
		this.noun = noun;
	}

	/** What the limit counts, for messages: "checks", "previews". */
	public String noun() {
		return this.noun;
	}

}
