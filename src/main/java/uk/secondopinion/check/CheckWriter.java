package uk.secondopinion.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.secondopinion.system.ExceptionSummary;

/**
 * Stores checks durably, committing the checks that arrive together in one transaction
 * (group commit). The commit is most of what storing costs: H2 rewrites the pages the
 * insert touched, PostgreSQL flushes its log to disk. Under load many requests are
 * waiting to commit at once, so whichever holds the writer's lock stores every check
 * waiting and commits them together; each request returns only once its own check is
 * committed, so an acknowledged check is never lost. A check arriving alone has a
 * transaction of its own.
 */
@Component
class CheckWriter {

	private static final Logger logger = LoggerFactory.getLogger(CheckWriter.class);

	/**
	 * As many checks as Hibernate sends in one JDBC batch
	 * ({@code hibernate.jdbc.batch_size}).
	 */
	static final int MAX_BATCH = 50;

	private final CheckRepository checks;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final DistributionSummary batchSizes;

	private final Queue<Write> waiting = new ConcurrentLinkedQueue<>();

	private final ReentrantLock writing = new ReentrantLock();

	CheckWriter(CheckRepository checks, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			MeterRegistry registry) {
		this.checks = checks;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.batchSizes = DistributionSummary.builder("check.store.batch")
			.description("Checks committed together in one transaction")
			.register(registry);
	}

	/**
	 * Stores a check and announces it once committed; returns only when it is committed.
	 * @throws CheckNotStoredException if it could not be stored
	 */
	void store(StoredCheck check, CheckStored stored) {
		Write write = new Write(check, stored);
		this.waiting.add(write);
		this.writing.lock();
		try {
			while (!write.done) {
				List<Write> batch = new ArrayList<>();
				for (Write next = this.waiting.poll(); next != null; next = this.waiting.poll()) {
					batch.add(next);
					if (batch.size() == MAX_BATCH) {
						break;
					}
				}
				writeTogether(batch);
			}
		}
		finally {
			this.writing.unlock();
		}
		if (write.failure != null) {
			throw new CheckNotStoredException();
		}
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
				if (!write.done) {
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
	 * A check waiting to be stored. Its outcome is set and read under the writer's lock.
	 */
	static final class Write {

		private final StoredCheck check;

		private final CheckStored stored;

		private boolean done;

		private RuntimeException failure;

		Write(StoredCheck check, CheckStored stored) {
			this.check = check;
			this.stored = stored;
		}

		private void finish(RuntimeException failure) {
			this.failure = failure;
			this.done = true;
		}

		boolean stored() {
			return this.done && this.failure == null;
		}

		RuntimeException failure() {
			return this.failure;
		}

	}

}
