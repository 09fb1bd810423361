package uk.secondopinion.engine.text;

import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds a draft for matching: Unicode compatibility forms (fancy and full-width letters),
 * accents, case, look-alike letters from other scripts, typographic quotes and dashes,
 * and invisible characters (zero-width, bidirectional controls, combining marks). Every
 * folded character keeps the original code point it came from, so matches map back
 * exactly.
 */
public final class TextNormalizer {

	/**
	 * Folded form of each non-ASCII code point seen so far; folding is pure, so sharing
	 * is safe.
	 */
	private static final Map<Integer, String> FOLDED = new ConcurrentHashMap<>();

	private static final int MAX_CACHED = 20_000;

	private static final Map<Integer, String> LOOK_ALIKES = Map.ofEntries(
			// Cyrillic letters that render like Latin ones
			Map.entry(0x0430, "a"), Map.entry(0x0432, "b"), Map.entry(0x0435, "e"), Map.entry(0x043A, "k"),
			Map.entry(0x043C, "m"), Map.entry(0x043D, "h"), Map.entry(0x043E, "o"), Map.entry(0x0440, "p"),
			Map.entry(0x0441, "c"), Map.entry(0x0442, "t"), Map.entry(0x0443, "y"), Map.entry(0x0445, "x"),
			Map.entry(0x0456, "i"), Map.entry(0x0458, "j"), Map.entry(0x0455, "s"), Map.entry(0x0501, "d"),
			Map.entry(0x0457, "i"), Map.entry(0x04CF, "l"),
			// Greek
			Map.entry(0x03B1, "a"), Map.entry(0x03B2, "b"), Map.entry(0x03B5, "e"), Map.entry(0x03B7, "n"),
			Map.entry(0x03B9, "i"), Map.entry(0x03BA, "k"), Map.entry(0x03BD, "v"), Map.entry(0x03BF, "o"),
			Map.entry(0x03C1, "p"), Map.entry(0x03C4, "t"), Map.entry(0x03C5, "u"), Map.entry(0x03C7, "x"),
			Map.entry(0x03B6, "z"),
			// Latin variants that NFKD leaves alone
			Map.entry(0x0261, "g"), Map.entry(0x0131, "i"), Map.entry(0x0237, "j"), Map.entry(0x00F8, "o"),
			Map.entry(0x0142, "l"), Map.entry(0x00DF, "ss"), Map.entry(0x00E6, "ae"), Map.entry(0x0153, "oe"),
			Map.entry(0x00F0, "d"), Map.entry(0x0111, "d"), Map.entry(0x0127, "h"),
			// Typography
			Map.entry(0x2018, "'"), Map.entry(0x2019, "'"), Map.entry(0x201B, "'"), Map.entry(0x2032, "'"),
			Map.entry(0x02BC, "'"), Map.entry(0x0060, "'"), Map.entry(0x00B4, "'"), Map.entry(0x201C, "\""),
			Map.entry(0x201D, "\""), Map.entry(0x201E, "\""), Map.entry(0x00AB, "\""), Map.entry(0x00BB, "\""),
			Map.entry(0x2010, "-"), Map.entry(0x2011, "-"), Map.entry(0x2012, "-"), Map.entry(0x2013, "-"),
			Map.entry(0x2014, "-"), Map.entry(0x2015, "-"), Map.entry(0x2212, "-"));

	private TextNormalizer() {
	}

	public static NormalizedText normalize(String original) {
		Builder out = new Builder(original.length());
		int length = original.length();
		int i = 0;
		while (i < length) {
			int codePoint = original.codePointAt(i);
			int next = i + Character.charCount(codePoint);
			if (codePoint < 0x80) {
				out.append(foldAscii((char) codePoint, original, next), i, next);
			}
			else {
				String form = fold(codePoint);
				if (form.isEmpty()) {
					out.extendPrevious(next);
				}
				for (int k = 0; k < form.length(); k++) {
					out.append(form.charAt(k), i, next);
				}
			}
			i = next;
		}
		return out.build(original);
	}

	/**
	 * ASCII folds to lower case; a hyphen inside a word becomes a space so that
	 * "ward-round" and "ward round" read alike; other control characters vanish.
	 */
	private static char foldAscii(char c, String original, int next) {
		if (c >= 'A' && c <= 'Z') {
			return (char) (c + ('a' - 'A'));
		}
		if (c == '-' && next < original.length() && Character.isLetterOrDigit(original.charAt(next))) {
			return '\u0001';
		}
		if (c == '\t' || c == '\r' || c == '\f' || c == 0x0B) {
			return ' ';
		}
		return (c < 0x20 && c != '\n') ? 0 : c;
	}

	/**
	 * Accumulates folded characters with their original ranges, collapsing runs of
	 * spaces.
	 */
	private static final class Builder {

		private final StringBuilder text;

		private int[] starts;

		private int[] ends;

		Builder(int capacity) {
			this.text = new StringBuilder(capacity);
			this.starts = new int[capacity + 8];
			this.ends = new int[capacity + 8];
		}

		void append(char c, int start, int end) {
			int length = this.text.length();
			if (c == '\u0001') {
				// a hyphen joining two words: a space, unless it follows one
				c = (length > 0 && Character.isLetterOrDigit(this.text.charAt(length - 1))) ? ' ' : '-';
			}
			if (c == 0 || (c == ' ' && length > 0 && this.text.charAt(length - 1) == ' ')) {
				extendPrevious(end);
				return;
			}
			if (length == this.starts.length) {
				this.starts = java.util.Arrays.copyOf(this.starts, length * 2);
				this.ends = java.util.Arrays.copyOf(this.ends, length * 2);
			}
			this.starts[length] = start;
			this.ends[length] = end;
			this.text.append(c);
		}

		/**
		 * Invisible characters join the visible character before them, so spans never
		 * split them off.
		 */
		void extendPrevious(int end) {
			if (this.text.length() > 0) {
				this.ends[this.text.length() - 1] = end;
			}
		}

		NormalizedText build(String original) {
			return new NormalizedText(original, this.text.toString(), this.starts, this.ends);
		}

	}

	/** The folded form of one non-ASCII code point; empty when it is invisible. */
	static String fold(int codePoint) {
		String cached = FOLDED.get(codePoint);
		if (cached != null) {
			return cached;
		}
		String form = computeFold(codePoint);
		if (FOLDED.size() < MAX_CACHED) {
			FOLDED.put(codePoint, form);
		}
		return form;
	}

	private static String computeFold(int codePoint) {
		if (codePoint == 0x85 || codePoint == 0x2028 || codePoint == 0x2029) {
			return "\n";
		}
		if (isInvisible(codePoint)) {
			return "";
		}
		if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
			return " ";
		}
		String direct = LOOK_ALIKES.get(Character.toLowerCase(codePoint));
		if (direct != null) {
			return direct;
		}
		String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKD);
		StringBuilder out = new StringBuilder(decomposed.length());
		decomposed.codePoints().forEach((part) -> {
			if (isInvisible(part)) {
				return;
			}
			int lower = Character.toLowerCase(part);
			String lookAlike = LOOK_ALIKES.get(lower);
			if (lookAlike != null) {
				out.append(lookAlike);
			}
			else if (Character.isWhitespace(lower) || Character.isSpaceChar(lower)) {
				out.append(' ');
			}
			else {
				out.appendCodePoint(lower);
			}
		});
		return out.toString();
	}

	private static boolean isInvisible(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK || type == Character.CONTROL && codePoint != '\n'
				|| (codePoint >= 0xFE00 && codePoint <= 0xFE0F);
	}

}
