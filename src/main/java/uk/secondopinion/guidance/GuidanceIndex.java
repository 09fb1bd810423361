package uk.secondopinion.guidance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.CheckEngine;
import uk.secondopinion.engine.guidance.GuidancePoint;
import uk.secondopinion.engine.rules.Example;
import uk.secondopinion.engine.rules.Rule;

/**
 * Every guidance point with the rules that cite it and their examples, built from the
 * engine's catalogue and rule set, and searchable.
 */
final class GuidanceIndex {

	/** A guidance point and the rules that cite it. */
	public record Entry(GuidancePoint point, List<CitingRule> rules) {

	}

	/** A rule that cites a point, with its own examples. */
	public record CitingRule(Rule rule, List<ExampleView> examples) {

	}

	/**
	 * One of a rule's examples, numbered as the live demo numbers them; a flagged example
	 * is cut around the passage it flags.
	 */
	public record ExampleView(int number, Example example) {

		public String before() {
			return this.example.flagged() ? this.example.text().substring(0, this.example.start())
					: this.example.text();
		}

		public String flaggedPassage() {
			return this.example.flagged() ? this.example.text().substring(this.example.start(), this.example.end())
					: "";
		}

		public String after() {
			return this.example.flagged() ? this.example.text().substring(this.example.end()) : "";
		}

	}

	private final List<Entry> entries;

	private GuidanceIndex(List<Entry> entries) {
		this.entries = entries;
	}

	static GuidanceIndex of(CheckEngine engine) {
		List<Entry> entries = new ArrayList<>();
		for (GuidancePoint point : engine.guidance().all()) {
			List<CitingRule> rules = engine.ruleSet()
				.rules()
				.stream()
				.filter((rule) -> rule.guidance().contains(point.id()))
				.map(GuidanceIndex::citing)
				.toList();
			entries.add(new Entry(point, rules));
		}
		return new GuidanceIndex(List.copyOf(entries));
	}

	private static CitingRule citing(Rule rule) {
		List<ExampleView> examples = new ArrayList<>();
		for (Example example : rule.examples()) {
			examples.add(new ExampleView(examples.size() + 1, example));
		}
		return new CitingRule(rule, List.copyOf(examples));
	}

	List<Entry> all() {
		return this.entries;
	}

	/**
	 * The entries matching a search: {@code body} and {@code category} narrow the points
	 * and rules; {@code query} keeps a point whose own text matches (with all its rules)
	 * or, failing that, the rules whose title, message or examples match.
	 */
	List<Entry> search(String query, String body, Category category) {
		String words = (query != null) ? query.strip().toLowerCase(Locale.UK) : "";
		List<Entry> found = new ArrayList<>();
		for (Entry entry : this.entries) {
			if (body != null && !body.isBlank() && !entry.point().body().equalsIgnoreCase(body)) {
				continue;
			}
			List<CitingRule> rules = entry.rules()
				.stream()
				.filter((citing) -> category == null || citing.rule().category() == category)
				.toList();
			if (category != null && rules.isEmpty()) {
				continue;
			}
			if (!words.isEmpty() && !matches(words, pointText(entry.point()))) {
				rules = rules.stream().filter((citing) -> matches(words, ruleText(citing))).toList();
				if (rules.isEmpty()) {
					continue;
				}
			}
			found.add(new Entry(entry.point(), rules));
		}
		return found;
	}

	/** The bodies that issued guidance, in catalogue order. */
	List<String> bodies() {
		return this.entries.stream().map((entry) -> entry.point().body()).distinct().toList();
	}

	private static boolean matches(String words, String text) {
		String haystack = text.toLowerCase(Locale.UK);
		return Stream.of(words.split("\\s+")).allMatch(haystack::contains);
	}

	private static String pointText(GuidancePoint point) {
		return String.join(" ", point.id(), point.body(), point.document(), point.reference(), point.summary());
	}

	private static String ruleText(CitingRule citing) {
		Rule rule = citing.rule();
		StringBuilder text = new StringBuilder(String.join(" ", rule.id(), rule.title(), rule.message(),
				(rule.suggestion() != null) ? rule.suggestion() : "", rule.category().title()));
		citing.examples().forEach((example) -> text.append(' ').append(example.example().text()));
		return text.toString();
	}

}
