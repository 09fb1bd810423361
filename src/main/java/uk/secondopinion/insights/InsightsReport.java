package uk.secondopinion.insights;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.secondopinion.chart.BarChart;
import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.Severity;

/**
 * What drafts checked here tripped over, week by week: numbers only, from the weekly
 * tallies. {@code weeks} runs from the most recent week back.
 */
public record InsightsReport(int span, List<Week> weeks, Category focus) {

	static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private static final List<BarChart.Series> SEVERITIES = List.of(new BarChart.Series("High", "high"),
			new BarChart.Series("Medium", "medium"), new BarChart.Series("Low", "low"));

	/** One week: the checks stored, and by category the drafts at each worst severity. */
	public record Week(LocalDate start, int checks, Map<Category, Counts> byCategory) {

		public String label() {
			return "w/c " + WEEK.format(this.start);
		}

		public Counts counts(Category category) {
			return this.byCategory.getOrDefault(category, Counts.NONE);
		}

	}

	/**
	 * Drafts whose worst finding in a category was high, medium or low; and all findings.
	 */
	public record Counts(int high, int medium, int low, int findings) {

		static final Counts NONE = new Counts(0, 0, 0, 0);

		public int drafts() {
			return this.high + this.medium + this.low;
		}

		Counts plus(Counts other) {
			return new Counts(this.high + other.high, this.medium + other.medium, this.low + other.low,
					this.findings + other.findings);
		}

		static Counts of(Severity severity, int drafts, int findings) {
			return switch (severity) {
				case HIGH -> new Counts(drafts, 0, 0, findings);
				case MEDIUM -> new Counts(0, drafts, 0, findings);
				case LOW -> new Counts(0, 0, drafts, findings);
			};
		}

		List<BarChart.Part> parts() {
			return List.of(new BarChart.Part(SEVERITIES.get(0), this.high),
					new BarChart.Part(SEVERITIES.get(1), this.medium), new BarChart.Part(SEVERITIES.get(2), this.low));
		}

		/** "2 high, 1 low", or nothing when there are none. */
		public String bySeverity() {
			List<String> parts = new ArrayList<>();
			if (this.high > 0) {
				parts.add(this.high + " high");
			}
			if (this.medium > 0) {
				parts.add(this.medium + " medium");
			}
			if (this.low > 0) {
				parts.add(this.low + " low");
			}
			return String.join(", ", parts);
		}

	}

	public int checks() {
		return this.weeks.stream().mapToInt(Week::checks).sum();
	}

	/** A category's counts over the whole span. */
	public Counts total(Category category) {
		return this.weeks.stream().map((week) -> week.counts(category)).reduce(Counts.NONE, Counts::plus);
	}

	/**
	 * The share of all drafts in the span that had a category's risk, as a whole
	 * percentage.
	 */
	public long percent(Category category) {
		return (checks() == 0) ? 0 : Math.round(100.0 * total(category).drafts() / checks());
	}

	/**
	 * For each category, the share of drafts with that risk, split by how serious it was.
	 */
	public BarChart overview() {
		List<BarChart.Row> rows = new ArrayList<>();
		for (Category category : Category.values()) {
			Counts total = total(category);
			rows.add(new BarChart.Row(category.title(), total.parts(),
					percent(category) + "% (" + total.drafts() + " of " + checks() + " drafts)"));
		}
		return BarChart.of("Drafts with each risk, last " + this.span + " weeks", rows, SEVERITIES, checks());
	}

	/**
	 * Week by week, the drafts with the focus category's risk, split by how serious it
	 * was.
	 */
	public BarChart weekly() {
		List<BarChart.Row> rows = new ArrayList<>();
		for (Week week : this.weeks) {
			Counts counts = week.counts(this.focus);
			rows.add(new BarChart.Row(week.label(), counts.parts(),
					counts.drafts() + " of " + week.checks() + ((week.checks() == 1) ? " draft" : " drafts")));
		}
		return BarChart.of(this.focus.title() + ", week by week", rows, SEVERITIES, 0);
	}

	static InsightsReport of(int span, LocalDate thisWeek, List<WeeklyChecks> checks, List<WeeklyFindings> findings,
			Category focus) {
		List<Week> weeks = new ArrayList<>(span);
		for (int back = 0; back < span; back++) {
			LocalDate start = thisWeek.minusWeeks(back);
			int checked = checks.stream()
				.filter((week) -> week.getWeekStart().equals(start))
				.mapToInt(WeeklyChecks::getChecks)
				.sum();
			Map<Category, Counts> byCategory = new EnumMap<>(Category.class);
			findings.stream()
				.filter((row) -> row.getKey().weekStart().equals(start))
				.forEach((row) -> byCategory.merge(row.getKey().category(),
						Counts.of(row.getKey().severity(), row.getDrafts(), row.getFindings()), Counts::plus));
			weeks.add(new Week(start, checked, Map.copyOf(byCategory)));
		}
		return new InsightsReport(span, List.copyOf(weeks), focus);
	}

}
