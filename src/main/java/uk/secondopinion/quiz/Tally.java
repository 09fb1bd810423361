package uk.secondopinion.quiz;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.secondopinion.chart.BarChart;
import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.RiskLevel;

/** The room's votes on one scenario, counted by risk level and by category. */
public record Tally(int votes, Map<RiskLevel, Long> byRisk, Map<Category, Long> byCategory) {

	private static final BarChart.Series VOTES = new BarChart.Series("Votes", "votes");

	static Tally of(List<QuizVote> votes) {
		Map<RiskLevel, Long> byRisk = new EnumMap<>(RiskLevel.class);
		Map<Category, Long> byCategory = new EnumMap<>(Category.class);
		for (RiskLevel level : RiskLevel.values()) {
			byRisk.put(level, 0L);
		}
		for (Category category : Category.values()) {
			byCategory.put(category, 0L);
		}
		for (QuizVote vote : votes) {
			byRisk.merge(vote.getRiskLevel(), 1L, Long::sum);
			vote.getCategories().forEach((category) -> byCategory.merge(category, 1L, Long::sum));
		}
		return new Tally(votes.size(), Map.copyOf(byRisk), Map.copyOf(byCategory));
	}

	/** The room's answer on risk, if one level has more votes than any other. */
	public Optional<RiskLevel> leadingRisk() {
		long top = this.byRisk.values().stream().mapToLong(Long::longValue).max().orElse(0);
		List<RiskLevel> leaders = this.byRisk.entrySet()
			.stream()
			.filter((entry) -> top > 0 && entry.getValue() == top)
			.map(Map.Entry::getKey)
			.toList();
		return (leaders.size() == 1) ? Optional.of(leaders.get(0)) : Optional.empty();
	}

	/** The room's answer on risk in words, or null if there is no single leader. */
	public String leadingRiskLabel() {
		return leadingRisk().map(RiskChoice::labelOf).orElse(null);
	}

	public BarChart riskChart() {
		List<BarChart.Row> rows = new ArrayList<>();
		for (RiskLevel level : RiskLevel.values()) {
			long count = this.byRisk.get(level);
			rows.add(new BarChart.Row(RiskChoice.labelOf(level), List.of(new BarChart.Part(VOTES, count)),
					share(count)));
		}
		return BarChart.of("How risky is it?", rows, List.of(VOTES), this.votes);
	}

	public BarChart categoryChart() {
		List<BarChart.Row> rows = new ArrayList<>();
		for (Category category : Category.values()) {
			long count = this.byCategory.get(category);
			rows.add(new BarChart.Row(category.title(), List.of(new BarChart.Part(VOTES, count)), share(count)));
		}
		return BarChart.of("Which risks?", rows, List.of(VOTES), this.votes);
	}

	private String share(long count) {
		String votes = count + ((count == 1) ? " vote" : " votes");
		return (this.votes == 0) ? votes : votes + " (" + Math.round(100.0 * count / this.votes) + "%)";
	}

}
