package uk.secondopinion.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import uk.secondopinion.engine.CheckEngine;
import uk.secondopinion.engine.recognise.DisguisedWordRecognizer;
import uk.secondopinion.engine.recognise.Hit;
import uk.secondopinion.engine.recognise.PatternRecognizer;
import uk.secondopinion.engine.recognise.PhraseRecognizer;
import uk.secondopinion.engine.text.AnalysedText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays the examples concept files give: each concept finds its {@code find} texts and
 * not its {@code ignore} texts.
 */
class ConceptExamplesTest {

	private static final RuleSet RULES = CheckEngine.fromClasspath().ruleSet();

	@TestFactory
	Stream<DynamicTest> everyConceptFindsWhatItShouldAndIgnoresTheRest() {
		return RULES.concepts().values().stream().flatMap((concept) -> {
			List<Concept> one = List.of(concept);
			PhraseRecognizer phrases = new PhraseRecognizer(one);
			PatternRecognizer patterns = new PatternRecognizer(one);
			DisguisedWordRecognizer disguised = new DisguisedWordRecognizer(one);
			Stream<DynamicTest> finds = concept.find()
				.stream()
				.map((text) -> DynamicTest.dynamicTest(concept.id() + " finds: " + text,
						() -> assertThat(hits(text, phrases, patterns, disguised)).isNotEmpty()));
			Stream<DynamicTest> ignores = concept.ignore()
				.stream()
				.map((text) -> DynamicTest.dynamicTest(concept.id() + " ignores: " + text,
						() -> assertThat(hits(text, phrases, patterns, disguised)).isEmpty()));
			return Stream.concat(finds, ignores);
		});
	}

	private static List<Hit> hits(String text, PhraseRecognizer phrases, PatternRecognizer patterns,
			DisguisedWordRecognizer disguised) {
		AnalysedText analysed = AnalysedText.of(text);
		List<Hit> hits = new ArrayList<>();
		phrases.recognise(analysed, hits);
		patterns.recognise(analysed, hits);
		disguised.recognise(analysed, hits);
		return hits;
	}

}
