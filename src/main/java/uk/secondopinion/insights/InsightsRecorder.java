package uk.secondopinion.insights;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import uk.secondopinion.check.CheckStored;
import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.Severity;

/**
 * Adds each stored check to the weekly tallies once it is safely stored. The tallies hold
 * numbers only, so they can outlive the checks. Counting runs after the check's
 * transaction has committed, in its own transaction on one background thread: a failure
 * here never loses a doctor's check, the request never waits for a second database
 * connection (under load, requests holding one while waiting for another would exhaust
 * the pool), and two instances racing to open a week's row are settled by the primary key
 * and a retry. Counts still queued when the process dies are lost; insights are
 * approximate by design.
 */
@Component
class InsightsRecorder {

	static final ZoneId UK = ZoneId.of("Europe/London");

	private static final Logger logger = LoggerFactory.getLogger(InsightsRecorder.class);

	private static final int ATTEMPTS = 3;

	private final InsightsRepository tallies;

	private final EntityManager entityManager;

	private final TransactionTemplate newTransaction;

	/** One thread, so counts in one instance never contend for a week's rows. */
	private final ExecutorService counter = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "insights-counter");
		thread.setDaemon(true);
		return thread;
	});

	InsightsRecorder(InsightsRepository tallies, EntityManager entityManager, PlatformTransactionManager transactions) {
		this.tallies = tallies;
		this.entityManager = entityManager;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The Monday, in the UK, of the week an instant falls in. */
	static LocalDate weekOf(Instant instant) {
		return instant.atZone(UK).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	static LocalDate thisWeek(Clock clock) {
		return weekOf(clock.instant());
	}

	@TransactionalEventListener
	void countCheck(CheckStored check) {
		this.counter.execute(() -> countWithRetry(check));
	}

	/** Lets counts already queued finish when the application stops. */
	@PreDestroy
	void finishCounting() throws InterruptedException {
		this.counter.shutdown();
		this.counter.awaitTermination(10, TimeUnit.SECONDS);
	}

	private void countWithRetry(CheckStored check) {
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			try {
				this.newTransaction.executeWithoutResult((status) -> count(check));
				return;
			}
			catch (DataIntegrityViolationException | PersistenceException ex) {
				if (attempt == ATTEMPTS) {
					logger.warn("A stored check could not be added to the insights tallies: {}",
							ex.getClass().getName());
				}
			}
		}
	}

	private void count(CheckStored check) {
		LocalDate week = weekOf(check.createdAt());
		if (this.tallies.countCheck(week) == 0) {
			this.entityManager.persist(new WeeklyChecks(week, 1));
		}
		Map<Category, Severity> worst = new EnumMap<>(Category.class);
		Map<Category, Map<Severity, Integer>> counts = new EnumMap<>(Category.class);
		for (CheckStored.FindingKind finding : check.findings()) {
			worst.merge(finding.category(), finding.severity(), (a, b) -> (a.compareTo(b) >= 0) ? a : b);
			counts.computeIfAbsent(finding.category(), (category) -> new EnumMap<>(Severity.class))
				.merge(finding.severity(), 1, Integer::sum);
		}
		counts.forEach((category, bySeverity) -> bySeverity.forEach((severity, findings) -> {
			int drafts = (worst.get(category) == severity) ? 1 : 0;
			if (this.tallies.countFindings(week, category, severity, drafts, findings) == 0) {
				this.entityManager
					.persist(new WeeklyFindings(new WeeklyFindings.Key(week, category, severity), drafts, findings));
			}
		}));
		this.entityManager.flush();
	}

}
