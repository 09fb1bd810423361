package uk.secondopinion.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many requests of each {@link RateLimit} one client may make. Each allowance refills
 * evenly over a minute, and a client may spend a whole minute's allowance at once, so a
 * burst (a room of people pressing "Check" together, or an evaluation run) is served in
 * full.
 *
 * @param enabled whether requests are limited at all
 * @param checksPerMinute stored checks per client per minute, form and API together
 * @param previewsPerMinute unstored previews per client per minute
 * @param failedSignInsPerMinute sign-ins with a wrong username or password per client per
 * minute; sign-ins that succeed are not counted
 * @param wrongQuizCodesPerMinute quiz codes that open no quiz per client per minute;
 * codes that open one are not counted
 */
@ConfigurationProperties("second-opinion.rate-limit")
public record RateLimitProperties(Boolean enabled, Integer checksPerMinute, Integer previewsPerMinute,
		Integer failedSignInsPerMinute, Integer wrongQuizCodesPerMinute) {

	public RateLimitProperties {
		enabled = (enabled == null) || enabled;
		// A room of phones, and an evaluation posting a corpus of a few thousand drafts
		// one after another from one address, are served without a refusal.
		checksPerMinute = (checksPerMinute == null) ? 3000 : checksPerMinute;
		previewsPerMinute = (previewsPerMinute == null) ? 3000 : previewsPerMinute;
		// Enough for every trainer at a hospital to mistype a password, too few to guess
		// one.
		failedSignInsPerMinute = (failedSignInsPerMinute == null) ? 10 : failedSignInsPerMinute;
		// A room of 60 behind one address may each mistype the code once in the same
		// minute.
		wrongQuizCodesPerMinute = (wrongQuizCodesPerMinute == null) ? 60 : wrongQuizCodesPerMinute;
		if (checksPerMinute < 1 || previewsPerMinute < 1 || failedSignInsPerMinute < 1 || wrongQuizCodesPerMinute < 1) {
			throw new IllegalArgumentException("second-opinion.rate-limit allowances must be at least 1 a minute");
		}
	}

	int perMinute(RateLimit limit) {
		return switch (limit) {
			case CHECKS -> this.checksPerMinute;
			case PREVIEWS -> this.previewsPerMinute;
			case FAILED_SIGN_INS -> this.failedSignInsPerMinute;
			case WRONG_QUIZ_CODES -> this.wrongQuizCodesPerMinute;
		};
	}

}
