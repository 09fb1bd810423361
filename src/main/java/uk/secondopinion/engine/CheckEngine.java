package uk.secondopinion.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import uk.secondopinion.engine.guidance.GuidanceCatalogue;
import uk.secondopinion.engine.guidance.GuidancePoint;
import uk.secondopinion.engine.interpret.Detection;
import uk.secondopinion.engine.interpret.ContextCues;
import uk.secondopinion.engine.interpret.Hits;
import uk.secondopinion.engine.interpret.RuleEvaluator;
import uk.secondopinion.engine.learn.Features;
import uk.secondopinion.engine.learn.LearnedLayer;
import uk.secondopinion.engine.recognise.DisguisedWordRecognizer;
import uk.secondopinion.engine.recognise.Hit;
import uk.secondopinion.engine.recognise.PatternRecognizer;
import uk.secondopinion.engine.recognise.PhraseRecognizer;
import uk.secondopinion.engine.recognise.Recognizer;
import uk.secondopinion.engine.report.CheckReport;
import uk.secondopinion.engine.report.Evidence;
import uk.secondopinion.engine.report.Finding;
import uk.secondopinion.engine.report.Redactor;
import uk.secondopinion.engine.rules.Concept;
import uk.secondopinion.engine.rules.Rule;
import uk.secondopinion.engine.rules.RuleSet;
import uk.secondopinion.engine.rules.RuleSetLoader;
import uk.secondopinion.engine.text.AnalysedText;
import uk.secondopinion.engine.text.NormalizedText;
import uk.secondopinion.engine.text.Span;

/**
 * Checks a draft against a rule set: normalise, recognise concepts, apply rules in
 * context, report findings with offsets into the original draft, the overall risk, and
 * the masked and safer versions. A plain library with no web or database in it; one
 * instance is safe to share between threads.
 */
public final class CheckEngine {

	private static final Comparator<Finding> TEXT_ORDER = Comparator.comparingInt(Finding::start)
		.thenComparing(Comparator.comparingInt(Finding::end).reversed())
		.thenComparing(Finding::ruleId);

	private final RuleSet ruleSet;

	private final GuidanceCatalogue guidance;

	private final List<Recognizer> recognizers;

	private final LearnedLayer learned;

	/** Each rule's guidance, looked up once rather than for every finding. */
	private final Map<Rule, List<GuidancePoint>> guidanceByRule = new IdentityHashMap<>();

	/**
	 * An engine running the rules and, if {@code learned} is not null, the learned layer
	 * after them.
	 */
	public CheckEngine(RuleSet ruleSet, GuidanceCatalogue guidance, LearnedLayer learned) {
		this.ruleSet = Objects.requireNonNull(ruleSet);
		this.guidance = Objects.requireNonNull(guidance);
		this.learned = learned;
		if (learned != null && !ruleSet.concepts().keySet().containsAll(learned.conceptsUsed())) {
			throw new IllegalStateException(
					"The learned layer names concepts the rule set does not define: " + learned.conceptsUsed());
		}
		for (Rule rule : ruleSet.rules()) {
			this.guidanceByRule.put(rule, rule.guidance().stream().map(guidance::get).toList());
		}
		List<Concept> concepts = List.copyOf(ruleSet.concepts().values());
		this.recognizers = List.of(new PhraseRecognizer(concepts), new PatternRecognizer(concepts),
				new DisguisedWordRecognizer(concepts));
	}

	/**
	 * The engine with the rule set, guidance and learned layer shipped on the class path.
	 */
	public static CheckEngine fromClasspath() {
		GuidanceCatalogue guidance = GuidanceCatalogue.load(GuidanceCatalogue.DEFAULT_RESOURCE);
		return new CheckEngine(new RuleSetLoader(guidance).load(RuleSetLoader.DEFAULT_MANIFEST), guidance,
				LearnedLayer.fromClasspath(guidance));
	}

	/**
	 * The same rules and guidance without the learned layer: what the rules alone find.
	 */
	public CheckEngine rulesOnly() {
		return new CheckEngine(this.ruleSet, this.guidance, null);
	}

	public RuleSet ruleSet() {
		return this.ruleSet;
	}

	/** The rule-set version, followed by the learned model's when there is one. */
	public String version() {
		return (this.learned != null) ? this.ruleSet.version() + "+" + this.learned.version() : this.ruleSet.version();
	}

	public GuidanceCatalogue guidance() {
		return this.guidance;
	}

	/** The features the learned layer reads from a draft, for training it. */
	public Map<String, Integer> features(String draft) {
		AnalysedText text = AnalysedText.of(draft);
		return Features.extract(text, recognise(text), 0, text.text().length());
	}

	private List<Hit> recognise(AnalysedText text) {
		List<Hit> found = new ArrayList<>();
		for (Recognizer recognizer : this.recognizers) {
			recognizer.recognise(text, found);
		}
		return found;
	}

	public CheckReport check(String draft, PostContext context) {
		Objects.requireNonNull(draft, "draft");
		Objects.requireNonNull(context, "context");
		AnalysedText text = AnalysedText.of(draft);
		List<Hit> found = recognise(text);
		Hits hits = new Hits(found);
		ContextCues cues = new ContextCues(text, hits);
		RuleEvaluator evaluator = new RuleEvaluator(text, hits, cues, context);
		List<Finding> findings = new ArrayList<>();
		for (Rule rule : this.ruleSet.rules()) {
			for (Detection detection : evaluator.evaluate(rule)) {
				findings.add(toFinding(detection, text.normalized()));
			}
		}
		if (this.learned != null) {
			Set<Category> raised = findings.stream().map(Finding::category).collect(Collectors.toSet());
			findings.addAll(this.learned.findings(text, found, cues, context, raised));
		}
		findings.sort(TEXT_ORDER);
		String masked = Redactor.mask(draft, findings);
		return new CheckReport(riskLevel(findings), List.copyOf(findings), masked, Redactor.saferText(masked, findings),
				version());
	}

	private Finding toFinding(Detection detection, NormalizedText normalized) {
		Rule rule = detection.rule();
		List<Evidence> evidence = new ArrayList<>(detection.parts().size());
		// Parts mostly come in text order; while every passage kept so far starts no
		// later than this one, it lies inside one of them exactly when it ends no later
		// than the furthest, so only out-of-order parts need the full comparison.
		int latestStart = Integer.MIN_VALUE;
		int furthestEnd = Integer.MIN_VALUE;
		for (Detection.Part part : detection.parts()) {
			Span span = normalized.toOriginal(part.hit().start(), part.hit().end());
			boolean inside = (latestStart <= span.start()) ? span.end() <= furthestEnd
					: evidence.stream().anyMatch((kept) -> kept.start() <= span.start() && span.end() <= kept.end());
			if (inside) {
				continue;
			}
			String replacement = (part.replacement() != null) ? part.replacement()
					: (rule.replacement() != null) ? rule.replacement() : part.hit().replacement();
			evidence.add(new Evidence(span.start(), span.end(), part.label(), replacement));
			latestStart = Math.max(latestStart, span.start());
			furthestEnd = Math.max(furthestEnd, span.end());
		}
		Evidence flagged = evidence.get(0);
		return new Finding(rule.id(), rule.category(), detection.severity(), flagged.start(), flagged.end(),
				normalized.original().substring(flagged.start(), flagged.end()), rule.title(), detection.message(),
				rule.suggestion(), flagged.replacement(), rule.mask(), this.guidanceByRule.get(rule),
				List.copyOf(evidence));
	}

	/**
	 * The most serious finding sets the overall risk, raised one level (to at most high)
	 * when the findings span three or more categories, because independent risks
	 * compound: a post that is abusive, identifies a patient and breaks a boundary is
	 * worse than any one of them. No findings means none.
	 */
	static RiskLevel riskLevel(List<Finding> findings) {
		if (findings.isEmpty()) {
			return RiskLevel.NONE;
		}
		Severity worst = Severity.values()[0];
		Set<Category> categories = EnumSet.noneOf(Category.class);
		for (Finding finding : findings) {
			worst = (finding.severity().compareTo(worst) > 0) ? finding.severity() : worst;
			categories.add(finding.category());
		}
		if (categories.size() >= 3 && worst != Severity.HIGH) {
			worst = Severity.values()[worst.ordinal() + 1];
		}
		return RiskLevel.of(worst);
	}

}
