package uk.secondopinion.check;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import uk.secondopinion.engine.Audience;
import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.Platform;
import uk.secondopinion.engine.PostContext;
import uk.secondopinion.engine.RiskLevel;
import uk.secondopinion.engine.Severity;

import static org.assertj.core.api.Assertions.assertThat;

class ResultPageTests {

	static final String DRAFT = "What an idiot: Mr ██████ in bed 12 again.";

	static CheckResult.FindingResult finding(int number, Severity severity, int start, int end,
			StoredSpan... evidence) {
		return new CheckResult.FindingResult(number, "RULE_" + number, Category.CONFIDENTIALITY, severity, start, end,
				DRAFT.substring(start, end), "Finding " + number, "Why", null, List.of(), List.of(evidence));
	}

	static CheckResult result(String text, PostContext context, CheckResult.FindingResult... findings) {
		RiskLevel risk = Stream.of(findings)
			.map((finding) -> RiskLevel.of(finding.severity()))
			.max(Comparator.naturalOrder())
			.orElse(RiskLevel.NONE);
		return new CheckResult(UUID.randomUUID(), Instant.parse("2026-11-24T23:30:00Z"),
				Instant.parse("2026-12-24T23:30:00Z"), "test", context, risk, text, text, List.of(findings));
	}

	static final PostContext ANONYMOUS_TWEET = new PostContext(Platform.TWITTER, Audience.PUBLIC, false);

	@Test
	void findingsComeMostSeriousFirstThenInTextOrder() {
		ResultPage page = ResultPage.of(result(DRAFT, ANONYMOUS_TWEET, finding(1, Severity.MEDIUM, 8, 13),
				finding(2, Severity.HIGH, 15, 24), finding(3, Severity.MEDIUM, 28, 34)));
		assertThat(page.findings()).extracting((view) -> view.finding().number()).containsExactly(2, 1, 3);
		assertThat(page.findings()).extracting(ResultPage.FindingView::tagColour)
			.containsExactly("red", "orange", "orange");
	}

	@Test
	void passagesAndFindingsLinkBothWaysWhereTheyOverlap() {
		CheckResult.FindingResult name = finding(1, Severity.HIGH, 15, 24, new StoredSpan(15, 24));
		CheckResult.FindingResult combination = finding(2, Severity.MEDIUM, 15, 34, new StoredSpan(15, 24),
				new StoredSpan(28, 34));
		ResultPage page = ResultPage.of(result(DRAFT, ANONYMOUS_TWEET, name, combination));

		assertThat(page.passages()).extracting(ResultPage.Passage::text)
			.containsExactly("What an idiot: ", "Mr ██████", " in ", "bed 12", " again.");
		ResultPage.Passage both = page.passages().get(1);
		assertThat(both.findings()).containsExactly(1, 2);
		assertThat(both.firstFinding()).isEqualTo(1);
		assertThat(both.findingsInWords()).isEqualTo("findings 1 and 2");
		assertThat(page.findings().get(1).passageIds()).containsExactly(both.id(), page.passages().get(3).id());
		assertThat(page.findings().get(1).firstPassageId()).isEqualTo(both.id());
	}

	@Test
	void theContextIsSpelledOutForAPrintedResult() {
		assertThat(ResultPage.of(result(DRAFT, ANONYMOUS_TWEET)).contextSummary()).isEqualTo(
				"Checked on 24 November 2026 as a public post on Twitter/X, from an account that does not show your name.");
		assertThat(ResultPage.of(result(DRAFT, new PostContext(Platform.FORUM, Audience.RESTRICTED, true)))
			.contextSummary()).isEqualTo(
					"Checked on 24 November 2026 as a post for a restricted audience on a forum, from an account that shows your name.");
	}

	@Test
	void aDraftOverItsPlatformsLimitIsCalledOutCountingEmojiAsOneCharacter() {
		String fits = "🙂".repeat(280);
		assertThat(fits).hasSize(560);
		assertThat(ResultPage.of(result(fits, ANONYMOUS_TWEET)).lengthWarning()).isNull();
		assertThat(ResultPage.of(result(fits + "!!", ANONYMOUS_TWEET)).lengthWarning())
			.isEqualTo("Your draft is 282 characters long: 2 more than Twitter/X allows (280).");
		assertThat(ResultPage.of(result("x".repeat(1_000), new PostContext(Platform.BLOG, Audience.PUBLIC, true)))
			.lengthWarning()).isNull();
	}

}
