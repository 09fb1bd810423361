package uk.secondopinion.engine.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.json.JsonMapper;

import uk.secondopinion.engine.Audience;
import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.Origin;
import uk.secondopinion.engine.PostContext;
import uk.secondopinion.engine.Severity;
import uk.secondopinion.engine.guidance.GuidanceCatalogue;
import uk.secondopinion.engine.guidance.GuidancePoint;
import uk.secondopinion.engine.interpret.ContextCues;
import uk.secondopinion.engine.recognise.Hit;
import uk.secondopinion.engine.report.Evidence;
import uk.secondopinion.engine.report.Finding;
import uk.secondopinion.engine.rules.YamlResources;
import uk.secondopinion.engine.text.AnalysedText;
import uk.secondopinion.engine.text.Span;

/**
 * The learned layer: a classifier trained on labelled example posts that raises a
 * category the rules missed. Its findings flag the sentence that reads most like the
 * risk, are always low severity, and say plainly that a model, not a rule, found them
 * ({@link uk.secondopinion.engine.Origin#MODEL}). Rules stay the first word: the layer
 * never adds a category a rule already raised.
 */
public final class LearnedLayer {

	public static final String MODEL_RESOURCE = "learned/model.json";

	public static final String CATEGORIES_RESOURCE = "learned/categories.yaml";

	private final LearnedModel model;

	private final FeatureWeights weights;

	private final Map<Category, Explanation> explanations;

	public LearnedLayer(LearnedModel model, Map<Category, Explanation> explanations) {
		this.model = model;
		this.weights = FeatureWeights.of(model);
		this.explanations = explanations;
		for (Category category : model.categories()) {
			if (!explanations.containsKey(category)) {
				throw new IllegalStateException("No explanation for learned findings of " + category);
			}
		}
	}

	/**
	 * The layer shipped on the class path, with its explanations checked against the
	 * guidance catalogue.
	 */
	public static LearnedLayer fromClasspath(GuidanceCatalogue guidance) {
		try (InputStream in = LearnedLayer.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + MODEL_RESOURCE);
			}
			return new LearnedLayer(JsonMapper.builder().build().readValue(in, LearnedModel.class),
					explanations(guidance));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What learned findings of each category say, from {@value #CATEGORIES_RESOURCE}. */
	static Map<Category, Explanation> explanations(GuidanceCatalogue guidance) {
		Map<Category, Explanation> explanations = new EnumMap<>(Category.class);
		YamlResources.read(CATEGORIES_RESOURCE, ExplanationsFile.class).categories().forEach((category, spec) -> {
			List<GuidancePoint> points = spec.guidance().stream().map(guidance::get).toList();
			explanations.put(category,
					new Explanation(spec.title().strip(), spec.message().strip(), spec.suggestion().strip(), points,
							(spec.clearedBy() != null) ? Set.copyOf(spec.clearedBy()) : Set.of(),
							(spec.clearedInPostBy() != null) ? Set.copyOf(spec.clearedInPostBy()) : Set.of(),
							Boolean.TRUE.equals(spec.refusalMayFollow())));
		});
		return explanations;
	}

	public String version() {
		return this.model.version();
	}

	/** The concepts this layer reads that the rule set must define. */
	public Set<String> conceptsUsed() {
		Set<String> used = new TreeSet<>();
		this.explanations.values().forEach((explanation) -> {
			used.addAll(explanation.clearedBy());
			used.addAll(explanation.clearedInPostBy());
		});
		return used;
	}

	/**
	 * Findings for the categories the model raises in this draft and no rule has raised.
	 */
	public List<Finding> findings(AnalysedText text, List<Hit> hits, ContextCues cues, PostContext context,
			Set<Category> raised) {
		double[] probabilities = this.weights.probabilities(text, hits, 0, text.text().length());
		List<Finding> findings = new ArrayList<>(1);
		List<ScoredSentence> sentences = null;
		Span draft = new Span(0, text.text().length());
		for (int c = 0; c < probabilities.length; c++) {
			Category category = this.model.categories().get(c);
			Explanation explanation = this.explanations.get(category);
			if (probabilities[c] < this.model.threshold()[c] || raised.contains(category)
					|| !appliesTo(category, context) || cues.holdsAny(draft, explanation.clearedInPostBy())) {
				continue;
			}
			sentences = (sentences != null) ? sentences : scoreSentences(text, hits);
			Span sentence = likeliest(sentences, c);
			// The model reads words, not grammar: it defers to the rules' cues rather
			// than flag "I would never accept a patient's friend request".
			if (sentence != null && !cues.hedges(sentence, explanation.clearedBy(), explanation.refusalMayFollow())
					&& !cues.holdsAny(runOn(text, sentence), explanation.clearedBy())) {
				findings.add(toFinding(category, sentence, text));
			}
		}
		return findings;
	}

	/**
	 * Anonymity is only ever a risk for a public post on an account without the author's
	 * name.
	 */
	static boolean appliesTo(Category category, PostContext context) {
		return category != Category.ANONYMITY || (context.audience() == Audience.PUBLIC && !context.namedAccount());
	}

	/**
	 * Each sentence that holds more than spaces, without its edge spaces, and its score.
	 */
	private List<ScoredSentence> scoreSentences(AnalysedText text, List<Hit> hits) {
		List<ScoredSentence> scored = new ArrayList<>(text.sentenceCount());
		for (int s = 0; s < text.sentenceCount(); s++) {
			int from = text.sentenceStart(s);
			int to = text.sentenceEnd(s);
			while (from < to && Character.isWhitespace(text.text().charAt(from))) {
				from++;
			}
			while (to > from && Character.isWhitespace(text.text().charAt(to - 1))) {
				to--;
			}
			if (from < to) {
				scored.add(new ScoredSentence(new Span(from, to), this.weights.probabilities(text, hits, from, to)));
			}
		}
		return scored;
	}

	/** The first of the sentences most likely to show the category. */
	private static Span likeliest(List<ScoredSentence> sentences, int category) {
		Span best = null;
		double bestProbability = -1;
		for (ScoredSentence sentence : sentences) {
			if (sentence.probabilities()[category] > bestProbability) {
				bestProbability = sentence.probabilities()[category];
				best = sentence.span();
			}
		}
		return best;
	}

	private record ScoredSentence(Span span, double[] probabilities) {

	}

	/**
	 * The sentence after {@code sentence} when an emoji, not a full stop, ended it, as
	 * the same thought often runs on ("First pint in a month 🍺 not on call till
	 * Tuesday"); an empty span otherwise.
	 */
	static Span runOn(AnalysedText text, Span sentence) {
		int index = text.sentenceAt(sentence.start());
		if (!text.endedByEmoji(index) || index + 1 >= text.sentenceCount()) {
			return new Span(sentence.end(), sentence.end());
		}
		return new Span(text.sentenceStart(index + 1), text.sentenceEnd(index + 1));
	}

	private Finding toFinding(Category category, Span sentence, AnalysedText text) {
		Span span = text.normalized().toOriginal(sentence.start(), sentence.end());
		Explanation explanation = this.explanations.get(category);
		return new Finding(Origin.MODEL_RULE_ID_PREFIX + category.name(), category, Severity.LOW, span.start(),
				span.end(), text.normalized().original().substring(span.start(), span.end()), explanation.title(),
				explanation.message(), explanation.suggestion(), null, false, explanation.guidance(),
				List.of(new Evidence(span.start(), span.end(), null, null)));
	}

	/**
	 * What a learned finding of one category tells the doctor, the concepts whose
	 * presence in a sentence means the category is not at risk there, those whose
	 * presence anywhere in the draft means it is not at risk at all ("HCA here": the
	 * author is not a doctor), and whether a refusal in the next sentence takes the risk
	 * back.
	 */
	public record Explanation(String title, String message, String suggestion, List<GuidancePoint> guidance,
			Set<String> clearedBy, Set<String> clearedInPostBy, boolean refusalMayFollow) {

	}

	record ExplanationSpec(String title, String message, String suggestion, List<String> guidance,
			List<String> clearedBy, List<String> clearedInPostBy, Boolean refusalMayFollow) {

	}

	record ExplanationsFile(Map<Category, ExplanationSpec> categories) {

	}

}
