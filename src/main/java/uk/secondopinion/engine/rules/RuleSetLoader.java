package uk.secondopinion.engine.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import uk.secondopinion.engine.Audience;
import uk.secondopinion.engine.Origin;
import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.Platform;
import uk.secondopinion.engine.PostContext;
import uk.secondopinion.engine.Severity;
import uk.secondopinion.engine.guidance.GuidanceCatalogue;

/**
 * Reads a rule set (a manifest naming concept files and rule packs) and checks it before
 * anything runs: unique ids, every concept and guidance point a rule names exists, every
 * rule has examples of both kinds, and every flagged example marks exactly one passage.
 */
public final class RuleSetLoader {

	public static final String DEFAULT_MANIFEST = "rules/ruleset.yaml";

	/**
	 * The concept the engine reads as the author speaking again after reported words
	 * ("she told me she was lonely, so I…").
	 */
	public static final String OWN_VOICE_CONCEPT = "cue-own-voice";

	public static final String NEGATION_CONCEPT = "cue-negation";

	/**
	 * Set phrases that start with a negation but do not negate what follows ("not gonna
	 * lie, I…").
	 */
	public static final String NOT_NEGATING_CONCEPT = "cue-not-negating";

	/** A refusal after what it takes back ("… I declined"). */
	public static final String REFUSAL_CONCEPT = "cue-refusal";

	/** A hypothetical or a question about what to do ("if a patient …", "should I …"). */
	public static final String HYPOTHETICAL_CONCEPT = "cue-hypothetical";

	/** A teaching scenario set up earlier in the post. */
	public static final String SCENARIO_CONCEPT = "cue-scenario";

	/** A verb reporting someone else's words ("she called me …"). */
	public static final String REPORTING_CONCEPT = "cue-reporting";

	/**
	 * Concepts the engine itself reads, for negation, hypotheticals and reported speech.
	 */
	public static final List<String> CUE_CONCEPTS = List.of(NEGATION_CONCEPT, NOT_NEGATING_CONCEPT, REFUSAL_CONCEPT,
			HYPOTHETICAL_CONCEPT, SCENARIO_CONCEPT, REPORTING_CONCEPT, OWN_VOICE_CONCEPT);

	private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9_]+");

	private static final Pattern CONCEPT_ID = Pattern.compile("[a-z][a-z0-9-]+");

	private final GuidanceCatalogue guidance;

	public RuleSetLoader(GuidanceCatalogue guidance) {
		this.guidance = guidance;
	}

	public RuleSet load(String manifestResource) {
		String base = manifestResource.contains("/")
				? manifestResource.substring(0, manifestResource.lastIndexOf('/') + 1) : "";
		Manifest manifest = YamlResources.read(manifestResource, Manifest.class);
		require(manifest.version() != null && !manifest.version().isBlank(), "The rule set has no version");
		Map<String, Concept> concepts = new LinkedHashMap<>();
		for (String file : manifest.concepts()) {
			for (ConceptSpec spec : YamlResources.read(base + file, ConceptFile.class).concepts()) {
				Concept concept = toConcept(spec, file);
				require(concepts.put(concept.id(), concept) == null, "Concept " + concept.id() + " is defined twice");
			}
		}
		CUE_CONCEPTS.forEach((cue) -> require(concepts.containsKey(cue), "The cue concept " + cue + " is missing"));
		List<Rule> rules = new ArrayList<>();
		Set<String> ids = new java.util.HashSet<>();
		for (String file : manifest.packs()) {
			PackFile pack = YamlResources.read(base + file, PackFile.class);
			for (RuleSpec spec : pack.rules()) {
				Rule rule = toRule(spec, pack.pack(), concepts);
				require(ids.add(rule.id()), "Rule " + rule.id() + " is defined twice");
				rules.add(rule);
			}
		}
		return new RuleSet(manifest.version(), concepts, rules);
	}

	private Concept toConcept(ConceptSpec spec, String file) {
		require(spec.id() != null && CONCEPT_ID.matcher(spec.id()).matches(),
				"Concept id '" + spec.id() + "' in " + file + " must be lower-case words joined by hyphens");
		require(spec.description() != null && !spec.description().isBlank(),
				"Concept " + spec.id() + " needs a description");
		List<String> phrases = orEmpty(spec.phrases());
		List<PatternSpec> patterns = new ArrayList<>();
		for (PatternEntry entry : orEmpty(spec.patterns())) {
			patterns.add(new PatternSpec(entry.regex(), entry.group() == null ? 0 : entry.group(), entry.validator()));
		}
		require(!phrases.isEmpty() || !patterns.isEmpty(), "Concept " + spec.id() + " has no phrases or patterns");
		phrases.forEach(PhraseSyntax::expand);
		return new Concept(spec.id(), spec.description().strip(), phrases, patterns,
				Boolean.TRUE.equals(spec.disguisable()), orEmpty(spec.find()), orEmpty(spec.ignore()));
	}

	private Rule toRule(RuleSpec spec, String pack, Map<String, Concept> concepts) {
		String id = spec.id();
		require(id != null && RULE_ID.matcher(id).matches(), "Rule id '" + id + "' must be upper-case words");
		require(!id.startsWith(Origin.MODEL_RULE_ID_PREFIX), "Rule id " + id + " must not start with "
				+ Origin.MODEL_RULE_ID_PREFIX + ", which marks the model's findings");
		require(spec.category() != null && spec.severity() != null, "Rule " + id + " needs a category and severity");
		require(notBlank(spec.title()) && notBlank(spec.message()), "Rule " + id + " needs a title and a message");
		require(!orEmpty(spec.guidance()).isEmpty(), "Rule " + id + " cites no guidance");
		for (String point : spec.guidance()) {
			require(this.guidance.find(point).isPresent(), "Rule " + id + " cites unknown guidance " + point);
		}
		require((spec.when() == null) != (spec.combine() == null),
				"Rule " + id + " needs exactly one of when or combine");
		Condition condition = (spec.when() != null) ? toCondition(id, spec.when(), concepts) : null;
		Combination combination = (spec.combine() != null) ? toCombination(id, spec.combine(), concepts) : null;
		if (Boolean.TRUE.equals(spec.mask())) {
			require(spec.replacement() != null || (combination != null
					&& combination.details().stream().allMatch((detail) -> detail.replacement() != null)),
					"Rule " + id + " masks passages, so it must say what replaces them");
		}
		List<Example> examples = toExamples(id, spec.examples());
		return new Rule(id, spec.category(), spec.severity(), spec.title().strip(), spec.message().strip(),
				spec.suggestion() == null ? null : spec.suggestion().strip(), spec.replacement(),
				Boolean.TRUE.equals(spec.mask()), List.copyOf(spec.guidance()), condition, combination, examples, pack);
	}

	private Condition toCondition(String id, WhenSpec when, Map<String, Concept> concepts) {
		require(!orEmpty(when.match()).isEmpty(), "Rule " + id + " matches no concept");
		for (List<String> list : List.of(orEmpty(when.match()), orEmpty(when.all()), orEmpty(when.any()),
				orEmpty(when.none()))) {
			list.forEach((concept) -> require(concepts.containsKey(concept),
					"Rule " + id + " uses unknown concept " + concept));
		}
		Set<Modifier> unless = (when.unless() == null) ? EnumSet.of(Modifier.NEGATED, Modifier.HYPOTHETICAL)
				: (when.unless().isEmpty() ? EnumSet.noneOf(Modifier.class) : EnumSet.copyOf(when.unless()));
		ContextSpec context = when.context();
		ContextCondition contextCondition = (context == null) ? ContextCondition.ANY
				: new ContextCondition(Set.copyOf(orEmpty(context.audience())), context.namedAccount(),
						Set.copyOf(orEmpty(context.platform())));
		return new Condition(List.copyOf(when.match()), orEmpty(when.all()), orEmpty(when.any()), orEmpty(when.none()),
				when.scope() == null ? Scope.SENTENCE : when.scope(), Set.copyOf(unless), contextCondition);
	}

	private Combination toCombination(String id, CombineSpec combine, Map<String, Concept> concepts) {
		require(!orEmpty(combine.anchor()).isEmpty() && !orEmpty(combine.details()).isEmpty(),
				"Rule " + id + " needs anchors and details to combine");
		for (List<String> list : List.of(combine.anchor(), orEmpty(combine.none()))) {
			list.forEach((concept) -> require(concepts.containsKey(concept),
					"Rule " + id + " uses unknown concept " + concept));
		}
		List<Combination.Detail> details = new ArrayList<>();
		for (DetailSpec detail : combine.details()) {
			require(concepts.containsKey(detail.concept()), "Rule " + id + " uses unknown concept " + detail.concept());
			require(notBlank(detail.label()) && detail.weight() > 0,
					"Rule " + id + " has a detail without label or weight");
			details
				.add(new Combination.Detail(detail.concept(), detail.label(), detail.weight(), detail.replacement()));
		}
		require(combine.threshold() > 0, "Rule " + id + " needs a positive threshold");
		double highAt = (combine.highAt() == null) ? Double.MAX_VALUE : combine.highAt();
		return new Combination(List.copyOf(combine.anchor()), orEmpty(combine.none()), details, combine.threshold(),
				highAt, (combine.strongest() == null) ? 0 : combine.strongest());
	}

	private static List<Example> toExamples(String id, ExamplesSpec spec) {
		require(spec != null && !orEmpty(spec.flag()).isEmpty() && !orEmpty(spec.pass()).isEmpty(),
				"Rule " + id + " needs examples it flags and examples it passes");
		List<Example> examples = new ArrayList<>();
		for (ExampleSpec flag : spec.flag()) {
			String text = flag.text();
			// The last "]]" closes the marker, so a marked passage may itself end in "]".
			int open = text.indexOf("[[");
			int close = text.lastIndexOf("]]");
			require(open >= 0 && close > open + 2 && text.indexOf("[[", open + 2) < 0,
					"Rule " + id + ": a flagged example must mark exactly one passage with [[ ]]: " + text);
			String plain = text.substring(0, open) + text.substring(open + 2, close) + text.substring(close + 2);
			examples.add(new Example(plain, toContext(flag.context()), true, open, close - 2));
		}
		for (ExampleSpec pass : spec.pass()) {
			require(!pass.text().contains("[["), "Rule " + id + ": a passing example marks nothing: " + pass.text());
			examples.add(new Example(pass.text(), toContext(pass.context()), false, -1, -1));
		}
		return examples;
	}

	private static PostContext toContext(ContextExample spec) {
		if (spec == null) {
			return PostContext.DEFAULT;
		}
		PostContext d = PostContext.DEFAULT;
		return new PostContext(spec.platform() == null ? d.platform() : spec.platform(),
				spec.audience() == null ? d.audience() : spec.audience(),
				spec.namedAccount() == null ? d.namedAccount() : spec.namedAccount());
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list == null) ? List.of() : list;
	}

	private static boolean notBlank(String value) {
		return value != null && !value.isBlank();
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalStateException(message);
		}
	}

	// The shape of the YAML files

	record Manifest(String version, List<String> concepts, List<String> packs) {

	}

	record ConceptFile(List<ConceptSpec> concepts) {

	}

	record ConceptSpec(String id, String description, List<String> phrases, List<PatternEntry> patterns,
			Boolean disguisable, List<String> find, List<String> ignore) {

	}

	record PatternEntry(String regex, Integer group, String validator) {

	}

	record PackFile(String pack, String description, List<RuleSpec> rules) {

	}

	record RuleSpec(String id, Category category, Severity severity, String title, String message, String suggestion,
			String replacement, Boolean mask, List<String> guidance, WhenSpec when, CombineSpec combine,
			ExamplesSpec examples) {

	}

	record WhenSpec(List<String> match, List<String> all, List<String> any, List<String> none, Scope scope,
			List<Modifier> unless, ContextSpec context) {

	}

	record ContextSpec(List<Audience> audience, Boolean namedAccount, List<Platform> platform) {

	}

	record CombineSpec(List<String> anchor, List<String> none, List<DetailSpec> details, double threshold,
			Double highAt, Double strongest) {

	}

	record DetailSpec(String concept, String label, double weight, String replacement) {

	}

	record ExamplesSpec(List<ExampleSpec> flag, List<ExampleSpec> pass) {

	}

	record ContextExample(Platform platform, Audience audience, Boolean namedAccount) {

	}

	record ExampleSpec(String text, ContextExample context) {

		@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
		ExampleSpec(@JsonProperty("text") String text, @JsonProperty("context") ContextExample context) {
			this.text = text;
			this.context = context;
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static ExampleSpec of(String text) {
			return new ExampleSpec(text, null);
		}

	}

}
