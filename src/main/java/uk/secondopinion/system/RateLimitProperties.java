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
 */
@ConfigurationProperties("second-opinion.rate-limit")
public record RateLimitProperties(Boolean enabled, Integer checksPerMinute, Integer previewsPerMinute) {

	public RateLimitProperties {
		enabled = (enabled == null) || enabled;
		checksPerMinute = (checksPerMinute == null) ? 600 : checksPerMinute;
		previewsPerMinute = (previewsPerMinute == null) ? 3000 : previewsPerMinute;
		if (checksPerMinute < 1 || previewsPerMinute < 1) {
			throw new IllegalArgumentException("second-opinion.rate-limit allowances must be at least 1 a minute");
		}
	}

	int perMinute(RateLimit limit) {
		return switch (limit) {
			case CHECKS -> this.checksPerMinute;
			case PREVIEWS -> this.previewsPerMinute;
		};
	}

}
