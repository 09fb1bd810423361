package uk.secondopinion.check;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import uk.secondopinion.engine.Audience;
import uk.secondopinion.engine.Platform;
import uk.secondopinion.engine.PostContext;
import uk.secondopinion.engine.RiskLevel;

/**
 * What the result page shows: the overall risk in words, the draft cut into passages that
 * link to the findings flagging them, and the findings, most serious first, each linking
 * back to its passages.
 */
public record ResultPage(CheckResult result, String summary, List<Passage> passages, List<FindingView> findings) {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/**
	 * A run of the draft; {@code findings} holds the numbers of the findings that flag
	 * it, if any.
	 */
	public record Passage(String id, String text, List<Integer> findings) {

		public boolean isFlagged() {
			return !this.findings.isEmpty();
		}

		/** The finding a click on this passage leads to: the first that flags it. */
		public int firstFinding() {
			return this.findings.get(0);
		}

		/** "finding 2" or "findings 1 and 3", for screen readers. */
		public String findingsInWords() {
			List<String> numbers = this.findings.stream().map(String::valueOf).toList();
			if (numbers.size() == 1) {
				return "finding " + numbers.get(0);
			}
			return "findings " + String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and "
					+ numbers.get(numbers.size() - 1);
		}

	}

	/** A finding with the passages of the draft it flags. */
	public record FindingView(CheckResult.FindingResult finding, List<String> passageIds) {

		/** The passage a click on "Show in your draft" leads to. */
		public String firstPassageId() {
			return this.passageIds.isEmpty() ? "draft" : this.passageIds.get(0);
		}

		public String tagColour() {
			return ResultPage.tagColour(RiskLevel.of(this.finding.severity()));
		}

	}

	public static ResultPage of(CheckResult result) {
		List<Passage> passages = passages(result);
		List<FindingView> findings = result.findings()
			.stream()
			.sorted(Comparator.comparing(CheckResult.FindingResult::severity)
				.reversed()
				.thenComparingInt(CheckResult.FindingResult::number))
			.map((finding) -> new FindingView(finding,
					passages.stream().filter((p) -> p.findings().contains(finding.number())).map(Passage::id).toList()))
			.toList();
		return new ResultPage(result, summary(result), passages, findings);
	}

	/** The overall risk in a word or two. */
	public String riskLabel() {
		return switch (this.result.riskLevel()) {
			case NONE -> "None found";
			case LOW -> "Low";
			case MEDIUM -> "Medium";
			case HIGH -> "High";
		};
	}

	public String riskTagColour() {
		return tagColour(this.result.riskLevel());
	}

	/**
	 * When and for what the draft was checked, so a printed result says what it applies
	 * to.
	 */
	public String contextSummary() {
		PostContext context = this.result.context();
		String audience = (context.audience() == Audience.PUBLIC) ? "a public post"
				: "a post for a restricted audience";
		String where = switch (context.platform()) {
			case FORUM -> "on a forum";
			case BLOG -> "on a blog";
			case OTHER -> "online";
			default -> "on " + context.platform().label();
		};
		String account = context.namedAccount() ? "an account that shows your name"
				: "an account that does not show your name";
		String when = (this.result.createdAt() != null)
				? "on " + DATE.format(this.result.createdAt().atZone(LONDON)) + " " : "";
		return "Checked " + when + "as " + audience + " " + where + ", from " + account + ".";
	}

	/**
	 * Says how far the draft runs over its platform's limit, or {@code null} if it fits.
	 * Counts characters as people do (an emoji is one), not UTF-16 units.
	 */
	public String lengthWarning() {
		Platform platform = this.result.context().platform();
		String text = this.result.text();
		int length = text.codePointCount(0, text.length());
		if (length <= platform.characterLimit()) {
			return null;
		}
		return String.format(Locale.UK, "Your draft is %,d characters long: %,d more than %s allows (%,d).", length,
				length - platform.characterLimit(), platform.label(), platform.characterLimit());
	}

	/**
	 * The NHS.UK tag colour for a level of risk; the tag's text always says the level
	 * too.
	 */
	static String tagColour(RiskLevel level) {
		return switch (level) {
			case NONE -> "green";
			case LOW -> "yellow";
			case MEDIUM -> "orange";
			case HIGH -> "red";
		};
	}

	static String summary(CheckResult result) {
		int count = result.findings().size();
		if (result.riskLevel() == RiskLevel.NONE) {
			return "We found nothing in this draft that goes against the guidance.";
		}
		String level = switch (result.riskLevel()) {
			case LOW -> "Low risk";
			case MEDIUM -> "Medium risk";
			default -> "High risk";
		};
		String first = result.findings()
			.stream()
			.max(Comparator.comparing(CheckResult.FindingResult::severity)
				.thenComparing(Comparator.comparingInt(CheckResult.FindingResult::number).reversed()))
			.map((finding) -> finding.category().title().toLowerCase(Locale.UK))
			.orElseThrow();
		return level + ": " + count + (count == 1 ? " thing" : " things")
				+ " to look at before you post, starting with " + first + ".";
	}

	/** Cuts the draft at every edge of every flagged passage. */
	static List<Passage> passages(CheckResult result) {
		String text = result.text();
		TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
		for (CheckResult.FindingResult finding : result.findings()) {
			for (StoredSpan span : finding.evidence()) {
				cuts.add(Math.min(span.start(), text.length()));
				cuts.add(Math.min(span.end(), text.length()));
			}
		}
		List<Passage> passages = new ArrayList<>();
		Integer from = null;
		for (int to : cuts) {
			if (from != null && to > from) {
				List<Integer> numbers = new ArrayList<>();
				for (CheckResult.FindingResult finding : result.findings()) {
					for (StoredSpan span : finding.evidence()) {
						if (span.start() <= from && to <= span.end() && !numbers.contains(finding.number())) {
							numbers.add(finding.number());
						}
					}
				}
				passages.add(new Passage("passage-" + (passages.size() + 1), text.substring(from, to),
						List.copyOf(numbers)));
			}
			from = to;
		}
		return passages;
	}

}
