package uk.secondopinion.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.secondopinion.system.ExceptionSummary;

/**
 * Stores checks durably, committing the checks that arrive together in one transaction
 * (group commit). The commit is most of what storing costs: H2 rewrites the pages the
 * insert touched, PostgreSQL flushes its log to disk. One writer thread stores every
 * check: it takes whatever checks are waiting (those that arrived while it committed the
 * last lot) and commits them together, and each request returns only once its own check
 * is committed, so an acknowledged check is never lost. A check arriving alone has a
 * transaction of its own. Under load the batches are larger than when requests took turns
 * to commit for each other (docs/performance.md), and no request queues on a lock.
 */
@Component
class CheckWriter implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(CheckWriter.class);

	/**
	 * As many checks as Hibernate sends in one JDBC batch
	 * ({@code hibernate.jdbc.batch_size}).
	 */
	static final int MAX_BATCH = 50;

	/**
	 * Far longer than any commit takes; only a writer that has stopped keeps a request
	 * waiting this long.
	 */
	private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

	/** Put in the queue to stop the writer once the checks before it are stored. */
	private static final Write STOP = new Write(null, null);

	private final CheckRepository checks;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final DistributionSummary batchSizes;

	private final BlockingQueue<Write> waiting = new LinkedBlockingQueue<>();

	private volatile Thread writer;

	CheckWriter(CheckRepository checks, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			MeterRegistry registry) {
		this.checks = checks;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.batchSizes = DistributionSummary.builder("check.store.batch")
			.description("Checks committed together in one transaction")
			.register(registry);
		Gauge.builder("check.store.waiting", this.waiting, BlockingQueue::size)
			.description("Checks waiting for the writer to commit them")
			.register(registry);
	}

	/**
	 * Stores a check and announces it once committed; returns only when it is committed.
	 * @throws CheckNotStoredException if it could not be stored
	 */
	void store(StoredCheck check, CheckStored stored) {
		Write write = new Write(check, stored);
		this.waiting.add(write);
		if (!write.awaitFinished(LONGEST_WAIT) || write.failure != null) {
			throw new CheckNotStoredException();
		}
	}

	private void writeUntilStopped() {
		List<Write> batch = new ArrayList<>(MAX_BATCH);
		boolean stopping = false;
		while (!stopping) {
			try {
				batch.add(this.waiting.take());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			this.waiting.drainTo(batch, MAX_BATCH - 1);
			stopping = batch.remove(STOP);
			try {
				if (!batch.isEmpty()) {
					writeTogether(batch);
				}
			}
			catch (Throwable ex) {
				// writeTogether has already failed the batch's requests; the writer
				// carries on for the next ones.
				logger.error("Storing checks failed: {}", ExceptionSummary.of(ex));
			}
			batch.clear();
		}
	}

	@Override
	public void start() {
		Thread thread = new Thread(this::writeUntilStopped, "check-writer");
		thread.setDaemon(true);
		thread.start();
		this.writer = thread;
	}

	/** Stores every check already waiting, then stops. */
	@Override
	public void stop() {
		Thread thread = this.writer;
		if (thread == null) {
			return;
		}
		this.waiting.add(STOP);
		try {
			thread.join(LONGEST_WAIT.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.writer = null;
	}

	@Override
	public boolean isRunning() {
		return this.writer != null;
	}

	/**
	 * Starts before the web server and stops after it, once its requests have finished
	 * and their checks are stored.
	 */
	@Override
	public int getPhase() {
		return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 2048;
	}

	/**
	 * Commits the writes in one transaction; if that fails, each in one of its own, so a
	 * check that cannot be stored fails only its own request.
	 */
	void writeTogether(List<Write> batch) {
		try {
			commit(batch);
			this.batchSizes.record(batch.size());
			batch.forEach((write) -> write.finish(null));
		}
		catch (RuntimeException together) {
			if (batch.size() == 1) {
				failed(batch.get(0), together);
				return;
			}
			logger.info("Storing {} checks together failed ({}); storing each alone", batch.size(),
					ExceptionSummary.of(together));
			for (Write write : batch) {
				try {
					commit(List.of(write));
					this.batchSizes.record(1);
					write.finish(null);
				}
				catch (RuntimeException alone) {
					failed(write, alone);
				}
			}
		}
		finally {
			// An error part way through must not leave the others' requests waiting for
			// ever.
			for (Write write : batch) {
				if (!write.isFinished()) {
					write.finish(new IllegalStateException("The check was not stored"));
				}
			}
		}
	}

	private static void failed(Write write, RuntimeException failure) {
		logger.warn("A check could not be stored: {}", ExceptionSummary.of(failure));
		write.finish(failure);
	}

	private void commit(List<Write> batch) {
		this.transactions.executeWithoutResult((status) -> {
			for (Write write : batch) {
				this.checks.save(write.check);
				this.events.publishEvent(write.stored);
			}
		});
	}

	/**
	 * A check waiting to be stored. The writer sets its outcome before counting down, so
	 * the waiting request sees it once the count reaches zero.
	 */
	static final class Write {

		private final StoredCheck check;

		private final CheckStored stored;

		private final CountDownLatch finished = new CountDownLatch(1);

		private RuntimeException failure;

		Write(StoredCheck check, CheckStored stored) {
			this.check = check;
			this.stored = stored;
		}

		private void finish(RuntimeException failure) {
			this.failure = failure;
			this.finished.countDown();
		}

		private boolean isFinished() {
			return this.finished.getCount() == 0;
		}

		private boolean awaitFinished(Duration timeout) {
			try {
				return this.finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}

		boolean stored() {
			return isFinished() && this.failure == null;
		}

		RuntimeException failure() {
			return this.failure;
		}

	}

}
