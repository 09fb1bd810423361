package uk.secondopinion.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A horizontal bar chart, laid out here and drawn as SVG by the {@code fragments/chart}
 * template: no script and no style attributes, so it passes a strict Content Security
 * Policy and prints. Each bar may be split into coloured segments (a stack); every bar
 * carries its value as text, and {@link #description()} says it all in words for screen
 * readers.
 */
public record BarChart(String title, List<Bar> bars, List<Series> legend, int height) {

	/**
	 * Sized for labels and values in 26-unit type, readable at full width on a projector.
	 */
	static final int WIDTH = 1200;

	static final int ROW = 50;

	static final int BAR_HEIGHT = 32;

	static final int LABEL_END = 520;

	static final int BAR_START = 530;

	static final int BAR_SPACE = 350;

	/** One kind of segment, with the CSS modifier that colours it. */
	public record Series(String name, String modifier) {

	}

	/** One value of one bar before layout. */
	public record Part(Series series, long value) {

	}

	/** A bar, laid out: its label, segments, total text and where they go. */
	public record Bar(String label, List<Segment> segments, String valueText, int y, int textX, String description) {

		public int labelY() {
			return this.y + BAR_HEIGHT / 2;
		}

	}

	/** A segment of a bar, laid out. */
	public record Segment(Series series, long value, double x, double width) {

	}

	/** A bar before layout. */
	public record Row(String label, List<Part> parts, String valueText) {

		long total() {
			return this.parts.stream().mapToLong(Part::value).sum();
		}

	}

	/**
	 * Lays out the rows, scaling every bar against the largest total (or {@code scale},
	 * if larger, so charts of a share can run to 100%).
	 */
	public static BarChart of(String title, List<Row> rows, List<Series> legend, long scale) {
		long max = Math.max(1, Math.max(scale, rows.stream().mapToLong(Row::total).max().orElse(0)));
		List<Bar> bars = new ArrayList<>(rows.size());
		for (Row row : rows) {
			int y = bars.size() * ROW + 8;
			double x = BAR_START;
			List<Segment> segments = new ArrayList<>();
			for (Part part : row.parts()) {
				if (part.value() > 0) {
					double width = BAR_SPACE * (double) part.value() / max;
					segments.add(new Segment(part.series(), part.value(), x, width));
					x += width;
				}
			}
			String parts = (row.parts().size() > 1) ? row.parts()
				.stream()
				.filter((part) -> part.value() > 0)
				.map((part) -> part.value() + " " + part.series().name().toLowerCase(java.util.Locale.UK))
				.collect(Collectors.joining(", ", " (", ")")) : "";
			bars.add(new Bar(row.label(), List.copyOf(segments), row.valueText(), y, (int) Math.round(x) + 8,
					row.label() + ": " + row.valueText() + (parts.equals(" ()") ? "" : parts)));
		}
		return new BarChart(title, List.copyOf(bars), List.copyOf(legend), bars.size() * ROW + 16);
	}

	/** The whole chart in words. */
	public String description() {
		String lead = this.title.matches(".*[.?!]$") ? this.title + " " : this.title + ": ";
		return lead + this.bars.stream().map(Bar::description).collect(Collectors.joining("; ")) + ".";
	}

	public int barHeight() {
		return BAR_HEIGHT;
	}

	public int labelEnd() {
		return LABEL_END;
	}

	public int width() {
		return WIDTH;
	}

}
