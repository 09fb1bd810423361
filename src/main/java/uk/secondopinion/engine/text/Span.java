package uk.secondopinion.engine.text;

/** A half-open range {@code [start, end)} of UTF-16 offsets. */
public record Span(int start, int end) implements Comparable<Span> {

	public Span {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("Not a span: [" + start + ", " + end + ")");
		}
	}

	public int length() {
		return this.end - this.start;
	}

	public boolean overlaps(Span other) {
		return this.start < other.end && other.start < this.end;
	}

	public boolean contains(Span other) {
		return this.start <= other.start && other.end <= this.end;
	}

	@Override
	public int compareTo(Span other) {
		return this.start != other.start ? Integer.compare(this.start, other.start)
				: Integer.compare(other.end, this.end);
	}

}
