package uk.secondopinion.engine.learn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.CheckEngine;
import uk.secondopinion.engine.recognise.DisguisedWordRecognizer;
import uk.secondopinion.engine.recognise.Hit;
import uk.secondopinion.engine.recognise.PatternRecognizer;
import uk.secondopinion.engine.recognise.PhraseRecognizer;
import uk.secondopinion.engine.recognise.Recognizer;
import uk.secondopinion.engine.rules.Concept;
import uk.secondopinion.engine.rules.Example;
import uk.secondopinion.engine.rules.Rule;
import uk.secondopinion.engine.text.AnalysedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Checks score drafts with {@link FeatureWeights}, by fingerprint; training scores them
 * with the model's own map from feature names ({@link LearnedModel#probabilities}). The
 * two give the same probabilities for every post we have, whole and sentence by sentence.
 */
class FeatureWeightsTest {

	private static final LearnedModel SHIPPED = shippedModel();

	private static final List<Recognizer> RECOGNIZERS = recognizers();

	private static final List<String> TEXTS = new ArrayList<>();

	@BeforeAll
	static void texts() throws IOException {
		for (Rule rule : CheckEngine.fromClasspath().ruleSet().rules()) {
			rule.examples().stream().map(Example::text).forEach(TEXTS::add);
		}
		for (String directory : List.of("src/test/resources/training", "src/test/resources/evaluation")) {
			try (var files = Files.list(Path.of(directory))) {
				for (Path file : files.filter((path) -> path.toString().endsWith(".jsonl")).sorted().toList()) {
					LabelledPost.read(file).forEach((post) -> TEXTS.add(post.text()));
				}
			}
		}
		try (var files = Files.list(Path.of("src/jmh/resources/benchmark"))) {
			for (Path file : files.sorted().toList()) {
				TEXTS.addAll(List.of(Files.readString(file).split("\n---\n")));
			}
		}
	}

	@Test
	void givesTheModelsOwnProbabilitiesForEveryPostWholeAndSentenceBySentence() {
		FeatureWeights weights = FeatureWeights.of(SHIPPED);
		int compared = 0;
		for (String draft : TEXTS) {
			AnalysedText text = AnalysedText.of(draft);
			List<Hit> hits = hits(text);
			assertSame(weights, text, hits, 0, text.text().length());
			for (int s = 0; s < text.sentenceCount(); s++) {
				assertSame(weights, text, hits, text.sentenceStart(s), text.sentenceEnd(s));
			}
			compared += 1 + text.sentenceCount();
		}
		assertThat(compared).as("drafts and sentences compared").isGreaterThan(10_000);
	}

	private static void assertSame(FeatureWeights weights, AnalysedText text, List<Hit> hits, int from, int to) {
		double[] expected = SHIPPED.probabilities(Features.extract(text, hits, from, to));
		assertThat(weights.probabilities(text, hits, from, to)).as("%s from %d to %d", text.text(), from, to)
			.containsExactly(expected, within(1e-12));
	}

	@Test
	void countsRepeatsAsTheModelDoesAndIgnoresWhatItHasNeverSeen() {
		List<Category> categories = List.of(Category.TONE, Category.BOUNDARIES);
		LearnedModel model = new LearnedModel("test", categories, new double[] { -2, -1 }, new double[] { 0.5, 0.5 },
				Map.of("w:muppets", new double[] { 2.0, 3.0, -1.0 }, "b:the_muppets", new double[] { 1.5, 1.0, 0.5 },
						"w:ward", new double[] { 0.5, -0.5, 2.0 }));
		AnalysedText text = AnalysedText.of("The muppets on the ward, the muppets! Zzyzx quibble.");
		double[] scored = FeatureWeights.of(model).probabilities(text, List.of(), 0, text.text().length());
		assertThat(scored).containsExactly(model.probabilities(Map.of("w:muppets", 2, "b:the_muppets", 2, "w:ward", 1)),
				within(1e-12));
		// the hand-worked score for tone: each feature's value scaled to unit length
		double muppets = (1 + Math.log(2)) * 2.0;
		double pair = (1 + Math.log(2)) * 1.5;
		double ward = 0.5;
		double norm = Math.sqrt(muppets * muppets + pair * pair + ward * ward);
		double tone = -2 + (3.0 * muppets + 1.0 * pair - 0.5 * ward) / norm;
		assertThat(scored[0]).isCloseTo(1 / (1 + Math.exp(-tone)), within(1e-12));

		AnalysedText unknown = AnalysedText.of("Zzyzx quibble");
		assertThat(FeatureWeights.of(model).probabilities(unknown, List.of(), 0, unknown.text().length()))
			.as("nothing known: the bias alone")
			.containsExactly(new double[] { 1 / (1 + Math.exp(2)), 1 / (1 + Math.exp(1)) }, within(1e-12));
	}

	@Test
	void aFeaturesFingerprintFromItsPartsIsThatOfItsName() {
		Random random = new Random(7);
		String alphabet = "abcxyz019_:' é\u0301\uD83D\uDE00\u202E\u0000";
		for (int i = 0; i < 20_000; i++) {
			String first = randomString(random, alphabet);
			String second = (random.nextBoolean()) ? randomString(random, alphabet) : null;
			char kind = (second != null) ? Features.PAIR : (random.nextBoolean() ? Features.WORD : Features.CONCEPT);
			assertThat(FeatureFingerprint.of(kind, first, second))
				.isEqualTo(FeatureFingerprint.of(Features.name(kind, first, second)));
		}
		assertThat(FeatureFingerprint.of(Features.PAIR, "a", "b_c"))
			.as("only the whole name counts, not where it was split")
			.isEqualTo(FeatureFingerprint.of(Features.PAIR, "a_b", "c"))
			.isNotEqualTo(FeatureFingerprint.of(Features.PAIR, "a", "bc"));
	}

	private static String randomString(Random random, String alphabet) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(12);
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

	private static List<Hit> hits(AnalysedText text) {
		List<Hit> hits = new ArrayList<>();
		RECOGNIZERS.forEach((recognizer) -> recognizer.recognise(text, hits));
		return hits;
	}

	private static List<Recognizer> recognizers() {
		List<Concept> concepts = List.copyOf(CheckEngine.fromClasspath().ruleSet().concepts().values());
		return List.of(new PhraseRecognizer(concepts), new PatternRecognizer(concepts),
				new DisguisedWordRecognizer(concepts));
	}

	private static LearnedModel shippedModel() {
		try (InputStream in = FeatureWeightsTest.class.getClassLoader()
			.getResourceAsStream(LearnedLayer.MODEL_RESOURCE)) {
			return JsonMapper.builder().build().readValue(in, LearnedModel.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
