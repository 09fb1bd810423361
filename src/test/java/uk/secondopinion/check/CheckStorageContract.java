package uk.secondopinion.check;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.secondopinion.engine.Audience;
import uk.secondopinion.engine.Platform;
import uk.secondopinion.engine.PostContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What storage must guarantee, whichever database holds it: only masked text is kept, a
 * check reads back as it was stored, and deletion and expiry remove it with its findings.
 */
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

}
