package uk.secondopinion.engine.text;

/**
 * A draft folded for matching (compatibility forms, case, accents, look-alike letters and
 * invisible characters removed) that remembers, for every character it holds, which
 * characters of the original draft it came from. Rules match on {@link #text()}; findings
 * report offsets into {@link #original()}.
 */
public final class NormalizedText {

	private final String original;

	private final String text;

	private final int[] originalStart;

	private final int[] originalEnd;

	NormalizedText(String original, String text, int[] originalStart, int[] originalEnd) {
		this.original = original;
		this.text = text;
		this.originalStart = originalStart;
		this.originalEnd = originalEnd;
	}

	public String original() {
		return this.original;
	}

	public String text() {
		return this.text;
	}

	public int length() {
		return this.text.length();
	}

	/** The original span that the normalised span {@code [start, end)} came from. */
	public Span toOriginal(int start, int end) {
		if (start < 0 || end > this.text.length() || start >= end) {
			throw new IllegalArgumentException("Not a span of the normalised text: [" + start + ", " + end + ")");
		}
		return new Span(this.originalStart[start], this.originalEnd[end - 1]);
	}

	/** The original offset at which normalised character {@code index} begins. */
	public int originalStart(int index) {
		return this.originalStart[index];
	}

}
