package uk.secondopinion.check;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes expired checks on a schedule, so nothing outlives its retention period. */
@Component
class ExpiredCheckPurge {

	private static final Logger logger = LoggerFactory.getLogger(ExpiredCheckPurge.class);

	private final CheckService checks;

	ExpiredCheckPurge(CheckService checks) {
		this.checks = checks;
	}

	@Scheduled(fixedDelayString = "${second-opinion.checks.purge-interval:15m}",
			initialDelayString = "${second-opinion.checks.purge-interval:15m}")
	void purge() {
		int purged = this.checks.purgeExpired();
		if (purged > 0) {
			logger.info("Deleted {} expired checks", purged);
		}
	}

}
