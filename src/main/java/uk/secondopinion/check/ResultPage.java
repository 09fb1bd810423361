package uk.secondopinion.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import uk.secondopinion.engine.RiskLevel;

/**
 * What the result page shows: the overall risk in words, the draft cut into passages with
 * the numbers of the findings that flag each one, and the findings, most serious first.
 */
public record ResultPage(CheckResult result, String summary, List<Passage> passages,
		List<CheckResult.FindingResult> findingsBySeverity) {

	/**
	 * A run of the draft; {@code findings} holds the numbers of the findings that flag
	 * it, if any.
	 */
	public record Passage(String text, List<Integer> findings) {

		public boolean isFlagged() {
			return !this.findings.isEmpty();
		}

	}

	public static ResultPage of(CheckResult result) {
		List<CheckResult.FindingResult> bySeverity = new ArrayList<>(result.findings());
		bySeverity.sort(Comparator.comparing(CheckResult.FindingResult::severity)
			.reversed()
			.thenComparingInt(CheckResult.FindingResult::number));
		return new ResultPage(result, summary(result), passages(result), List.copyOf(bySeverity));
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
		String first = bySeverity(result).get(0).category().title().toLowerCase(java.util.Locale.UK);
		return level + ": " + count + (count == 1 ? " thing" : " things")
				+ " to look at before you post, starting with " + first + ".";
	}

	private static List<CheckResult.FindingResult> bySeverity(CheckResult result) {
		return result.findings()
			.stream()
			.sorted(Comparator.comparing(CheckResult.FindingResult::severity).reversed())
			.toList();
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
				passages.add(new Passage(text.substring(from, to), List.copyOf(numbers)));
			}
			from = to;
		}
		return passages;
	}

}
