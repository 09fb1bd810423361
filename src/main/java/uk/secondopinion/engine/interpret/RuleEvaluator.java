package uk.secondopinion.engine.interpret;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.secondopinion.engine.PostContext;
import uk.secondopinion.engine.recognise.Hit;
import uk.secondopinion.engine.rules.Combination;
import uk.secondopinion.engine.rules.Condition;
import uk.secondopinion.engine.rules.Modifier;
import uk.secondopinion.engine.rules.Rule;
import uk.secondopinion.engine.rules.Scope;
import uk.secondopinion.engine.Severity;
import uk.secondopinion.engine.text.AnalysedText;

/**
 * Applies rules to the hits in one draft. A matching rule gives at most one detection per
 * sentence (or per draft, for draft-wide rules), listing every match in it; a combining
 * rule gives one detection listing the details that add up.
 */
public final class RuleEvaluator {

	private final AnalysedText text;

	private final Hits hits;

	private final ContextCues cues;

	private final PostContext context;

	public RuleEvaluator(AnalysedText text, Hits hits, ContextCues cues, PostContext context) {
		this.text = text;
		this.hits = hits;
		this.cues = cues;
		this.context = context;
	}

	public List<Detection> evaluate(Rule rule) {
		return (rule.condition() != null) ? evaluateCondition(rule, rule.condition())
				: evaluateCombination(rule, rule.combination());
	}

	private List<Detection> evaluateCondition(Rule rule, Condition condition) {
		if (!condition.context().matches(this.context)) {
			return List.of();
		}
		Map<Integer, List<Detection.Part>> byRegion = null;
		for (String concept : condition.match()) {
			for (Hit hit : this.hits.of(concept)) {
				if (isModified(condition, hit)) {
					continue;
				}
				int region = (condition.scope() == Scope.POST) ? 0 : this.text.sentenceAt(hit.start());
				List<Detection.Part> parts = (byRegion != null) ? byRegion.get(region) : null;
				if (parts == null) {
					if (!accompanied(condition, region)) {
						continue;
					}
					parts = new ArrayList<>();
					if (byRegion == null) {
						byRegion = new LinkedHashMap<>();
					}
					byRegion.put(region, parts);
				}
				parts.add(new Detection.Part(hit, null, null));
			}
		}
		if (byRegion == null) {
			return List.of();
		}
		List<Detection> detections = new ArrayList<>(byRegion.size());
		for (List<Detection.Part> parts : byRegion.values()) {
			parts
				.sort((a, b) -> (a.hit().start() != b.hit().start()) ? Integer.compare(a.hit().start(), b.hit().start())
						: Integer.compare(b.hit().end(), a.hit().end()));
			detections.add(new Detection(rule, rule.severity(), rule.message(), List.copyOf(parts)));
		}
		return detections;
	}

	private boolean isModified(Condition condition, Hit hit) {
		for (Modifier modifier : condition.unless()) {
			if (this.cues.applies(modifier, hit)) {
				return true;
			}
		}
		return false;
	}

	private boolean accompanied(Condition condition, int region) {
		int last = this.text.sentenceCount() - 1;
		int from = switch (condition.scope()) {
			case SENTENCE -> this.text.sentenceStart(region);
			case NEARBY -> this.text.sentenceStart(Math.max(0, region - 1));
			case POST -> 0;
		};
		int to = switch (condition.scope()) {
			case SENTENCE -> this.text.sentenceEnd(region);
			case NEARBY -> this.text.sentenceEnd(Math.min(last, region + 1));
			case POST -> this.text.text().length();
		};
		for (String concept : condition.all()) {
			if (!this.hits.anyIn(concept, from, to)) {
				return false;
			}
		}
		if (!condition.any().isEmpty()
				&& condition.any().stream().noneMatch((concept) -> this.hits.anyIn(concept, from, to))) {
			return false;
		}
		return condition.none().stream().noneMatch((concept) -> this.hits.anyIn(concept, from, to));
	}

	private List<Detection> evaluateCombination(Rule rule, Combination combination) {
		if (!anchoredOutsideQuotes(combination)
				|| combination.none().stream().anyMatch((concept) -> !this.hits.of(concept).isEmpty())) {
			return List.of();
		}
		Map<String, Double> weightByLabel = new LinkedHashMap<>();
		List<Detection.Part> parts = new ArrayList<>();
		for (Combination.Detail detail : combination.details()) {
			for (Hit hit : this.hits.of(detail.concept())) {
				if (this.text.isQuoted(hit.start())) {
					continue;
				}
				weightByLabel.merge(detail.label(), detail.weight(), Math::max);
				parts.add(new Detection.Part(hit, detail.label(), detail.replacement()));
			}
		}
		double score = weightByLabel.values().stream().mapToDouble(Double::doubleValue).sum();
		double heaviest = weightByLabel.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
		if (score < combination.threshold() || heaviest < combination.strongest()) {
			return List.of();
		}
		// The flagged passage is the weightiest detail; the others follow in text order.
		Detection.Part strongest = parts.stream()
			.max(Comparator.comparingDouble((Detection.Part part) -> weightByLabel.get(part.label()))
				.thenComparing(Comparator.comparingInt((Detection.Part part) -> part.hit().start()).reversed()))
			.orElseThrow();
		List<Detection.Part> ordered = new ArrayList<>();
		ordered.add(strongest);
		parts.stream()
			.filter((part) -> part != strongest)
			.sorted((a, b) -> Integer.compare(a.hit().start(), b.hit().start()))
			.forEach(ordered::add);
		Severity severity = (score >= combination.highAt()) ? Severity.HIGH : rule.severity();
		String message = rule.message().replace("{details}", describe(List.copyOf(weightByLabel.keySet())));
		return List.of(new Detection(rule, severity, message, List.copyOf(ordered)));
	}

	private boolean anchoredOutsideQuotes(Combination combination) {
		for (String concept : combination.anchor()) {
			for (Hit hit : this.hits.of(concept)) {
				if (!this.text.isQuoted(hit.start())) {
					return true;
				}
			}
		}
		return false;
	}

	/** "an age, a ward or bed and a rare condition". */
	static String describe(List<String> labels) {
		if (labels.size() == 1) {
			return labels.get(0);
		}
		return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
	}

}
