package uk.secondopinion.insights;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import uk.secondopinion.check.CheckStored;
import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.Severity;
import uk.secondopinion.system.ExceptionSummary;

/**
 * Adds each stored check to the weekly tallies once it is safely stored. The tallies hold
 * numbers only, so they can outlive the checks. Counting runs after the check's
 * transaction has committed, on one background thread that, half a second after a check
 * arrives, takes every check waiting and adds them up in one transaction of its own: a
 * failure here never loses a doctor's check, the request never waits for a second
 * database connection (under load, requests holding one while waiting for another would
 * exhaust the pool), a busy minute costs a few updates rather than a transaction per
 * check, and two instances racing to open a week's row are settled by the primary key and
 * a retry. Counts still waiting when the process dies are lost; insights are approximate
 * by design.
 */
@Component
class InsightsRecorder {

	static final ZoneId UK = ZoneId.of("Europe/London");

	private static final Logger logger = LoggerFactory.getLogger(InsightsRecorder.class);

	private static final int ATTEMPTS = 3;

	/** How long a count waits for more checks to count with it. */
	private static final Duration GATHERING = Duration.ofMillis(500);

	private final InsightsRepository tallies;

	private final EntityManager entityManager;

	private final TransactionTemplate newTransaction;

	private final Queue<CheckStored> waiting = new ConcurrentLinkedQueue<>();

	/** Whether a count of the waiting checks is already queued, so at most one is. */
	private final AtomicBoolean countQueued = new AtomicBoolean();

	/** One thread, so counts in one instance never contend for a week's rows. */
	private final ScheduledThreadPoolExecutor counter = new ScheduledThreadPoolExecutor(1, (task) -> {
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
		this.waiting.add(check);
		if (this.countQueued.compareAndSet(false, true)) {
			this.counter.schedule(this::countWaiting, GATHERING.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/** Counts the checks still waiting, at once, when the application stops. */
	@PreDestroy
	void finishCounting() throws InterruptedException {
		this.counter.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		this.counter.shutdown();
		this.counter.awaitTermination(10, TimeUnit.SECONDS);
		countWaiting();
	}

	private void countWaiting() {
		// Cleared before taking the checks: one added after this is either taken now or
		// queues a count of its own.
		this.countQueued.set(false);
		Tallies batch = new Tallies();
		for (CheckStored check = this.waiting.poll(); check != null; check = this.waiting.poll()) {
			batch.add(check);
		}
		if (!batch.isEmpty()) {
			countWithRetry(batch);
		}
	}

	private void countWithRetry(Tallies batch) {
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			try {
				this.newTransaction.executeWithoutResult((status) -> add(batch));
				return;
			}
			catch (RuntimeException ex) {
				// a race for a new week's row, or the database out of reach for a moment;
				// on a scheduler thread, whatever is not caught here would vanish unseen
				if (attempt == ATTEMPTS) {
					logger.warn("{} stored checks could not be added to the insights tallies: {}", batch.checks(),
							ExceptionSummary.of(ex));
				}
			}
		}
	}

	private void add(Tallies batch) {
		batch.checksByWeek.forEach((week, checks) -> {
			if (this.tallies.countChecks(week, checks) == 0) {
				this.entityManager.persist(new WeeklyChecks(week, checks));
			}
		});
		batch.findings.forEach((key, counts) -> {
			if (this.tallies.countFindings(key.weekStart(), key.category(), key.severity(), counts[0],
					counts[1]) == 0) {
				this.entityManager.persist(new WeeklyFindings(key, counts[0], counts[1]));
			}
		});
		this.entityManager.flush();
	}

	/** Checks added up by week, and their findings by week, category and severity. */
	private static final class Tallies {

		private final Map<LocalDate, Integer> checksByWeek = new TreeMap<>();

		/** Drafts and findings for each key. */
		private final Map<WeeklyFindings.Key, int[]> findings = new LinkedHashMap<>();

		void add(CheckStored check) {
			LocalDate week = weekOf(check.createdAt());
			this.checksByWeek.merge(week, 1, Integer::sum);
			Map<Category, Severity> worst = new EnumMap<>(Category.class);
			for (CheckStored.FindingKind finding : check.findings()) {
				worst.merge(finding.category(), finding.severity(), (a, b) -> (a.compareTo(b) >= 0) ? a : b);
				counts(week, finding.category(), finding.severity())[1]++;
			}
			worst.forEach((category, severity) -> counts(week, category, severity)[0]++);
		}

		private int[] counts(LocalDate week, Category category, Severity severity) {
			return this.findings.computeIfAbsent(new WeeklyFindings.Key(week, category, severity), (key) -> new int[2]);
		}

		boolean isEmpty() {
			return this.checksByWeek.isEmpty();
		}

		int checks() {
			return this.checksByWeek.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

}
