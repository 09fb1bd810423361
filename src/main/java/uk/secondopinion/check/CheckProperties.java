package uk.secondopinion.check;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long checks are kept, and how often expired ones are purged.
 *
 * @param retention how long a check lives before it is deleted
 * @param purgeInterval how often the purge of expired checks runs
 */
@ConfigurationProperties("second-opinion.checks")
public record CheckProperties(Duration retention, Duration purgeInterval) {

	public CheckProperties {
		retention = (retention == null) ? Duration.ofDays(30) : retention;
		purgeInterval = (purgeInterval == null) ? Duration.ofMinutes(15) : purgeInterval;
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("second-opinion.checks.retention must be positive");
		}
	}

}
