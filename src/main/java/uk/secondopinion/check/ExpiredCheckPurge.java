package uk.secondopinion.check;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes expired checks on a schedule, so nothing outlives its retention period. Every
 * instance schedules it; the lock lets one run per period, and holds for the whole period
 * so an instance whose timer fires a little later skips that round.
 */
@Component
class ExpiredCheckPurge {

	private static final Logger logger = LoggerFactory.getLogger(ExpiredCheckPurge.class);

	private final CheckService checks;

	ExpiredCheckPurge(CheckService checks) {
		this.checks = checks;
	}

	@Scheduled(fixedDelayString = "${second-opinion.checks.purge-interval:15m}",
			initialDelayString = "${second-opinion.checks.purge-interval:15m}")
	@SchedulerLock(name = "expired-check-purge", lockAtLeastFor = "${second-opinion.checks.purge-interval:15m}",
			lockAtMostFor = "${second-opinion.checks.purge-interval:15m}")
	void purge() {
		int purged = this.checks.purgeExpired();
		if (purged > 0) {
			logger.info("Deleted {} expired checks", purged);
		}
	}

}
