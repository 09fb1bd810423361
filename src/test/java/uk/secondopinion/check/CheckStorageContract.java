package uk.secondopinion.check;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.secondopinion.engine.Audience;
import uk.secondopinion.engine.Platform;
import uk.secondopinion.engine.PostContext;
import uk.secondopinion.engine.RiskLevel;
import uk.secondopinion.system.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What storage must guarantee, whichever database holds it: only masked text is kept, a
 * check reads back as it was stored, and deletion and expiry remove it with its findings.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class CheckStorageContract {

	static final Instant START = Instant.parse("2026-11-24T09:00:00Z");

	static final String DRAFT = "Chasing NHS no 999 000 0018 for Mrs Ellery in bed 9, DOB 02/09/1953. As a GP I'm fed up.";

	static final PostContext CONTEXT = new PostContext(Platform.FORUM, Audience.RESTRICTED, false);

	@Autowired
	CheckService checks;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CheckWriter writer;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void resetClock() {
		this.clock.advance(Duration.between(this.clock.instant(), START));
	}

	@Test
	void keepsOnlyTheMaskedDraft() {
		CheckResult created = this.checks.check(DRAFT, CONTEXT);
		String stored = this.jdbc.queryForObject(
				"select masked_text || '|' || safer_text || '|' || findings from checks where id = ?", String.class,
				created.id());
		assertThat(stored).contains("CONFIDENTIALITY")
			.doesNotContain("999 000 0018")
			.doesNotContain("Ellery")
			.doesNotContain("02/09/1953");
	}

	@Test
	void readsBackWhatWasStored() {
		CheckResult created = this.checks.check(DRAFT, CONTEXT);
		CheckResult read = this.checks.find(created.id()).orElseThrow();
		assertThat(read.text()).hasSameSizeAs(DRAFT).doesNotContain("Ellery");
		assertThat(read.saferText()).isEqualTo(created.saferText());
		assertThat(read.riskLevel()).isEqualTo(created.riskLevel());
		assertThat(read.context()).isEqualTo(CONTEXT);
		assertThat(read.rulesetVersion()).isEqualTo(created.rulesetVersion());
		assertThat(read.findings()).extracting(CheckResult.FindingResult::ruleId)
			.containsExactlyElementsOf(created.findings().stream().map(CheckResult.FindingResult::ruleId).toList());
		assertThat(read.findings()).allSatisfy((finding) -> {
			assertThat(read.text().substring(finding.start(), finding.end())).isEqualTo(finding.excerpt());
			assertThat(finding.guidance()).isNotEmpty();
		});
		assertThat(read.expiresAt()).isEqualTo(START.plus(Duration.ofDays(30)));
	}

	@Test
	void deletingACheckDeletesItWithItsFindings() {
		CheckResult created = this.checks.check(DRAFT, CONTEXT);
		assertThat(this.checks.delete(created.id())).isTrue();
		assertThat(this.checks.find(created.id())).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from checks where id = ?", Integer.class, created.id()))
			.isZero();
		assertThat(this.checks.delete(created.id())).isFalse();
	}

	@Test
	void anExpiredCheckCannotBeReadAndIsPurged() {
		CheckResult created = this.checks.check(DRAFT, CONTEXT);
		this.clock.advance(Duration.ofDays(29));
		assertThat(this.checks.find(created.id())).isPresent();
		assertThat(this.checks.purgeExpired()).isZero();
		this.clock.advance(Duration.ofDays(1));
		assertThat(this.checks.find(created.id())).as("expired, not yet purged").isEmpty();
		assertThat(this.checks.purgeExpired()).isPositive();
		assertThat(this.jdbc.queryForObject("select count(*) from checks where id = ?", Integer.class, created.id()))
			.isZero();
	}

	@Test
	void storesAndReadsBackAnyCharactersADraftCanHold() {
		String draft = "Nul\u0000 bell\u0007 escape\u001b[31m rtl\u202eevil\u202c lone\ud800 surrogate, "
				+ "emoji \ud83d\ude02 and Mrs Ellery in bed 9";
		CheckResult created = this.checks.check(draft, CONTEXT);
		CheckResult read = this.checks.find(created.id()).orElseThrow();
		// PostgreSQL cannot store U+0000 or a lone surrogate: each becomes one other
		// character
		assertThat(read.text()).hasSameSizeAs(draft)
			.doesNotContain("Ellery")
			.contains("bell\u0007 escape\u001b[31m rtl\u202eevil\u202c")
			.contains("emoji \ud83d\ude02");
		assertThat(read.saferText()).hasSameSizeAs(created.saferText()).contains("emoji \ud83d\ude02");
		assertThat(read.findings()).hasSameSizeAs(created.findings());
	}

	@Test
	void checksWaitingTogetherAreStoredTogetherAndEachReadsBack() {
		List<StoredCheck> stored = List.of(storable("2026.12.1"), storable("2026.12.1"), storable("2026.12.1"));
		List<CheckWriter.Write> writes = stored.stream().map(CheckStorageContract::write).toList();
		DistributionSummary batches = this.meters.get("check.store.batch").summary();
		long commitsBefore = batches.count();
		double checksBefore = batches.totalAmount();
		this.writer.writeTogether(writes);
		assertThat(writes).allSatisfy((write) -> assertThat(write.stored()).isTrue());
		assertThat(batches.count() - commitsBefore).as("commits").isOne();
		assertThat(batches.totalAmount() - checksBefore).as("checks committed").isEqualTo(3);
		assertThat(stored).allSatisfy((check) -> assertThat(this.checks.find(check.getId())).isPresent());
	}

	@Test
	void checksStillWaitingWhenTheWriterStopsAreStoredBeforeItStops() throws Exception {
		List<StoredCheck> stored = List.of(storable("2026.12.1"), storable("2026.12.1"), storable("2026.12.1"));
		ExecutorService requests = Executors.newFixedThreadPool(stored.size());
		this.writer.stop();
		try {
			List<Future<?>> answers = stored.stream()
				.<Future<?>>map((check) -> requests.submit(() -> this.writer.store(check, stored(check))))
				.toList();
			Gauge waiting = this.meters.get("check.store.waiting").gauge();
			while (waiting.value() < stored.size()) {
				Thread.sleep(5);
			}
			// As when the app shuts down: the writer is asked to stop with three checks
			// queued, and stores them first.
			this.writer.start();
			this.writer.stop();
			for (Future<?> answer : answers) {
				answer.get(10, TimeUnit.SECONDS);
			}
			assertThat(stored).allSatisfy((check) -> assertThat(this.checks.find(check.getId())).isPresent());
			assertThat(waiting.value()).isZero();
		}
		finally {
			requests.shutdownNow();
			this.writer.start();
		}
	}

	@Test
	void aCheckThatCannotBeStoredFailsAloneAndTheChecksWithItAreKept(CapturedOutput output) {
		StoredCheck first = storable("2026.12.1");
		String marker = "zq" + UUID.randomUUID().toString().replace("-", "");
		StoredCheck unstorable = new StoredCheck(UUID.randomUUID(), START, START.plus(Duration.ofDays(30)),
				"a rule-set version far longer than its column allows", Platform.FORUM, Audience.RESTRICTED, false,
				RiskLevel.NONE, "Told me " + marker + " on call", "Told me " + marker + " on call", List.of());
		StoredCheck last = storable("2026.12.1");
		List<CheckWriter.Write> writes = Stream.of(first, unstorable, last).map(CheckStorageContract::write).toList();
		this.writer.writeTogether(writes);
		assertThat(writes.get(0).stored()).isTrue();
		assertThat(writes.get(1).stored()).isFalse();
		assertThat(writes.get(1).failure()).isNotNull();
		assertThat(writes.get(2).stored()).isTrue();
		assertThat(this.checks.find(first.getId())).isPresent();
		assertThat(this.checks.find(unstorable.getId())).isEmpty();
		assertThat(this.checks.find(last.getId())).isPresent();
		// the database's error quotes the values it was given; the logs say what failed
		// without them
		assertThat(output).contains("A check could not be stored").doesNotContain(marker);
	}

	private static StoredCheck storable(String rulesetVersion) {
		return new StoredCheck(UUID.randomUUID(), START, START.plus(Duration.ofDays(30)), rulesetVersion,
				Platform.FORUM, Audience.RESTRICTED, false, RiskLevel.NONE, "A quiet night on call.",
				"A quiet night on call.", List.of());
	}

	private static CheckWriter.Write write(StoredCheck check) {
		return new CheckWriter.Write(check, stored(check));
	}

	private static CheckStored stored(StoredCheck check) {
		return new CheckStored(check.getCreatedAt(), List.of());
	}

}
