package uk.secondopinion.engine.learn;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.secondopinion.engine.Audience;
import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.CheckEngine;
import uk.secondopinion.engine.Origin;
import uk.secondopinion.engine.Platform;
import uk.secondopinion.engine.PostContext;
import uk.secondopinion.engine.RiskLevel;
import uk.secondopinion.engine.Severity;
import uk.secondopinion.engine.guidance.GuidanceCatalogue;
import uk.secondopinion.engine.report.CheckReport;
import uk.secondopinion.engine.report.Finding;
import uk.secondopinion.engine.rules.RuleSetLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * How the learned layer's findings join the rules', with small hand-made models so that
 * each behaviour is independent of what the shipped model happens to learn.
 */
class LearnedLayerTest {

	private static final GuidanceCatalogue GUIDANCE = GuidanceCatalogue.load(GuidanceCatalogue.DEFAULT_RESOURCE);

	private static final PostContext NAMED_PUBLIC = new PostContext(Platform.TWITTER, Audience.PUBLIC, true);

	private static final PostContext ANONYMOUS_PUBLIC = new PostContext(Platform.TWITTER, Audience.PUBLIC, false);

	/**
	 * An engine whose model raises {@code category} for any draft with {@code word} in
	 * it.
	 */
	private static CheckEngine engineRaising(Category category, String word) {
		List<Category> categories = List.of(Category.values());
		double[] bias = new double[categories.size()];
		double[] threshold = new double[categories.size()];
		double[] weights = new double[categories.size() + 1];
		java.util.Arrays.fill(bias, -4);
		java.util.Arrays.fill(threshold, 0.5);
		weights[0] = 1;
		weights[categories.indexOf(category) + 1] = 12;
		LearnedModel model = new LearnedModel("test", categories, bias, threshold, Map.of("w:" + word, weights));
		return new CheckEngine(new RuleSetLoader(GUIDANCE).load(RuleSetLoader.DEFAULT_MANIFEST), GUIDANCE,
				new LearnedLayer(model, LearnedLayer.explanations(GUIDANCE)));
	}

	private static List<Finding> fromModel(CheckReport report) {
		return report.findings().stream().filter((finding) -> finding.origin() == Origin.MODEL).toList();
	}

	@Test
	void raisesARiskNoRuleFoundAtLowSeverityOnTheSentenceThatReadsMostLikeIt() {
		String draft = "Quiet morning so far. Somebody left a purple umbrella by the lifts again!";
		CheckReport report = engineRaising(Category.CONFIDENTIALITY, "umbrella").check(draft, NAMED_PUBLIC);

		assertThat(report.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.origin()).isEqualTo(Origin.MODEL);
			assertThat(finding.ruleId()).isEqualTo("LEARNED_CONFIDENTIALITY");
			assertThat(finding.category()).isEqualTo(Category.CONFIDENTIALITY);
			assertThat(finding.severity()).isEqualTo(Severity.LOW);
			assertThat(finding.excerpt()).isEqualTo("Somebody left a purple umbrella by the lifts again!")
				.isEqualTo(draft.substring(finding.start(), finding.end()));
			assertThat(finding.message()).contains("model");
			assertThat(finding.guidance()).isNotEmpty();
		});
		assertThat(report.riskLevel()).isEqualTo(RiskLevel.LOW);
	}

	@Test
	void neverAddsACategoryTheRulesAlreadyRaised() {
		String draft = "Chasing NHS no 999 000 0018 for the man with the purple umbrella.";
		CheckReport report = engineRaising(Category.CONFIDENTIALITY, "umbrella").check(draft, NAMED_PUBLIC);

		assertThat(report.findings()).isNotEmpty().allSatisfy((finding) -> {
			assertThat(finding.category()).isEqualTo(Category.CONFIDENTIALITY);
			assertThat(finding.origin()).isEqualTo(Origin.RULE);
		});
	}

	@Test
	void raisesAnonymityOnlyForPublicPostsFromAccountsWithoutTheAuthorsName() {
		CheckEngine engine = engineRaising(Category.ANONYMITY, "kettle");
		String draft = "Put the kettle on, it has been one of those days.";

		assertThat(fromModel(engine.check(draft, ANONYMOUS_PUBLIC))).extracting(Finding::category)
			.containsExactly(Category.ANONYMITY);
		assertThat(fromModel(engine.check(draft, NAMED_PUBLIC))).isEmpty();
		assertThat(fromModel(engine.check(draft, new PostContext(Platform.FACEBOOK, Audience.RESTRICTED, false))))
			.isEmpty();
	}

	@Test
	void flagsTheAuthorsOwnTextWhateverTheNormalisationChanged() {
		String draft = "😂😂 What a day… Somebody left a PURPLE UMBRELLA by the lifts – again!";
		CheckReport report = engineRaising(Category.CONFIDENTIALITY, "umbrella").check(draft, NAMED_PUBLIC);

		assertThat(fromModel(report)).singleElement()
			.satisfies((finding) -> assertThat(draft.substring(finding.start(), finding.end()))
				.isEqualTo(finding.excerpt())
				.startsWith("Somebody left")
				.endsWith("again!"));
	}

	@Test
	void staysSilentBelowItsThreshold() {
		String draft = "Quiet morning so far, then a long afternoon of paperwork.";
		assertThat(engineRaising(Category.CONFIDENTIALITY, "umbrella").check(draft, NAMED_PUBLIC).findings()).isEmpty();
	}

	@Test
	void theReportNamesTheModelVersionBesideTheRules() {
		CheckEngine engine = engineRaising(Category.TONE, "kettle");
		assertThat(engine.check("Kettle on.", NAMED_PUBLIC).rulesetVersion())
			.isEqualTo(engine.ruleSet().version() + "+test");
		assertThat(engine.rulesOnly().check("Kettle on.", NAMED_PUBLIC).rulesetVersion())
			.isEqualTo(engine.ruleSet().version());
	}

	@Test
	void defersToTheCuesThatTakeARiskBack() {
		CheckEngine engine = engineRaising(Category.PROFESSIONALISM, "kettle");

		assertThat(fromModel(engine.check("I boiled the kettle on the ward.", NAMED_PUBLIC))).isNotEmpty();
		assertThat(fromModel(engine.check("I would never boil the kettle on the ward.", NAMED_PUBLIC))).isEmpty();
		assertThat(fromModel(engine.check("He said \"boil the kettle on the ward\".", NAMED_PUBLIC))).isEmpty();
	}

	@Test
	void defersToReportedWordsOnlyUntilTheAuthorSpeaksAgain() {
		CheckEngine engine = engineRaising(Category.PROFESSIONALISM, "kettle");

		assertThat(fromModel(engine.check("She told me she boils the kettle on the ward.", NAMED_PUBLIC))).isEmpty();
		assertThat(
				fromModel(engine.check("She told me she was cold, so I boiled the kettle on the ward.", NAMED_PUBLIC)))
			.extracting(Finding::category)
			.containsExactly(Category.PROFESSIONALISM);
	}

	@Test
	void aRefusalInTheNextSentenceTakesBackBoundariesButNotMisconduct() {
		String draft = "I boiled the kettle for the patient on the ward. I declined to do it again.";

		assertThat(fromModel(engineRaising(Category.BOUNDARIES, "kettle").check(draft, NAMED_PUBLIC))).isEmpty();
		assertThat(fromModel(engineRaising(Category.PROFESSIONALISM, "kettle").check(draft, NAMED_PUBLIC)))
			.extracting(Finding::category)
			.containsExactly(Category.PROFESSIONALISM);
		assertThat(fromModel(
				engineRaising(Category.BOUNDARIES, "kettle").check("I boiled the kettle on the ward.", NAMED_PUBLIC)))
			.extracting(Finding::category)
			.containsExactly(Category.BOUNDARIES);
	}

	@Test
	void defersToConceptsThatClearItsCategory() {
		CheckEngine engine = engineRaising(Category.PROFESSIONALISM, "kettle");

		assertThat(fromModel(engine.check("Kettle on for the drunk patients in the waiting room.", NAMED_PUBLIC)))
			.isEmpty();
		assertThat(fromModel(engine.check("Kettle on for the nurses in the waiting room.", NAMED_PUBLIC))).isNotEmpty();
	}

	@Test
	void anAuthorWhoSaysTheyAreNotADoctorIsNotFlaggedForAnonymityAnywhereInTheDraft() {
		CheckEngine engine = engineRaising(Category.ANONYMITY, "kettle");

		assertThat(fromModel(engine.check("HCA here. Kettle on before the ward round.", ANONYMOUS_PUBLIC))).isEmpty();
		assertThat(fromModel(engine.check("Long day here. Kettle on before the ward round.", ANONYMOUS_PUBLIC)))
			.extracting(Finding::category)
			.containsExactly(Category.ANONYMITY);
	}

	@Test
	void aClearingConceptJustAfterAnEmojiClearsTheSentenceTheEmojiEnded() {
		CheckEngine engine = engineRaising(Category.PROFESSIONALISM, "kettle");

		assertThat(fromModel(engine.check("Kettle on for a brew ☕ the drunk patients can wait.", NAMED_PUBLIC)))
			.isEmpty();
		assertThat(fromModel(engine.check("Kettle on for a brew ☕ the new patients can wait.", NAMED_PUBLIC)))
			.isNotEmpty();
		assertThat(fromModel(engine.check("Kettle on for a brew. The drunk patients can wait.", NAMED_PUBLIC)))
			.isNotEmpty();
		// an emoji ending in a skin tone ends a sentence as much as any other
		assertThat(fromModel(engine
			.check("Kettle on for the team \uD83D\uDC4D\uD83C\uDFFD the drunk patients can wait.", NAMED_PUBLIC)))
			.isEmpty();
	}

	@Test
	void aDayOffAnywhereInTheDraftClearsProfessionalism() {
		CheckEngine engine = engineRaising(Category.PROFESSIONALISM, "kettle");

		assertThat(fromModel(engine.check("Not on call till Monday. Kettle on for a brew.", NAMED_PUBLIC))).isEmpty();
		assertThat(fromModel(engine.check("On the ward till Monday. Kettle on for a brew.", NAMED_PUBLIC)))
			.isNotEmpty();
	}

	@Test
	void refusesToStartWhenAClearingConceptIsNotInTheRuleSet() {
		Map<Category, LearnedLayer.Explanation> explanations = new java.util.EnumMap<>(
				LearnedLayer.explanations(GUIDANCE));
		LearnedLayer.Explanation tone = explanations.get(Category.TONE);
		explanations.put(Category.TONE, new LearnedLayer.Explanation(tone.title(), tone.message(), tone.suggestion(),
				tone.guidance(), java.util.Set.of("no-such-concept"), java.util.Set.of(), false));
		List<Category> categories = List.of(Category.values());
		LearnedModel model = new LearnedModel("test", categories, new double[categories.size()],
				new double[categories.size()], Map.of());

		assertThatIllegalStateException()
			.isThrownBy(() -> new CheckEngine(new RuleSetLoader(GUIDANCE).load(RuleSetLoader.DEFAULT_MANIFEST),
					GUIDANCE, new LearnedLayer(model, explanations)))
			.withMessageContaining("no-such-concept");
	}

}
