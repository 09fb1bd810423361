package uk.secondopinion.engine.recognise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ASCII characters a match of a regular expression can contain, read off its syntax.
 * An ASCII character outside the alphabet (a full stop for {@code [a-z ]+ road}) cannot
 * lie inside any match, so every match lies within one run of the text between such
 * characters, and a pattern need only be searched for in the runs that hold its required
 * literals: a sentence or a phrase rather than the whole draft.
 * <p>
 * The analysis is conservative: characters outside ASCII are always taken as possible,
 * and syntax it does not understand (flags other than {@code i}, quoting, Unicode classes
 * inside a bracket) yields no alphabet, as does a pattern that can match the empty
 * string, whose matches need not lie in any run.
 * <p>
 * A pattern may begin or end with an <em>edge</em>: one character of context or else the
 * start or end of the text, such as {@code (?:[^a-z']|$)}, written where {@code \b} would
 * not do. Edges are left out of the alphabet, which they would fill with nearly every
 * character: a match is then the characters of a run with at most one character either
 * side, which the recogniser's windows hold anyway. The strings a run must hold are those
 * the rest of the pattern, its {@link #core()}, requires.
 */
final class MatchAlphabet {

	private static final int ASCII = 128;

	private final boolean[] members;

	private final String core;

	private MatchAlphabet(boolean[] members, String core) {
		this.members = members;
		this.core = core;
	}

	/** The alphabet of {@code regex}, or null when it cannot be read. */
	static MatchAlphabet of(String regex) {
		try {
			Parser parser = new Parser(regex);
			Piece piece = parser.alternation();
			if (parser.position != regex.length()) {
				return null;
			}
			List<Item> items = parser.choiceOutermost ? List.of() : parser.outermost;
			int first = (items.size() > 1 && items.get(0).isEdge()) ? 1 : 0;
			int last = (items.size() - first > 1 && items.get(items.size() - 1).isEdge()) ? items.size() - 1
					: items.size();
			String core = regex;
			if (first > 0 || last < items.size()) {
				piece = Piece.empty();
				for (Item item : items.subList(first, last)) {
					piece = piece.then(item.piece());
				}
				core = regex.substring(items.get(first).start(), items.get(last - 1).end());
			}
			if (piece.shortest() == 0) {
				return null;
			}
			boolean[] members = piece.members();
			if (parser.ignoreCase && parser.beyondAscii) {
				// a character such as the Kelvin sign matches an ASCII letter then
				return null;
			}
			if (parser.ignoreCase) {
				for (char c = 'a'; c <= 'z'; c++) {
					char upper = Character.toUpperCase(c);
					members[c] |= members[upper];
					members[upper] |= members[c];
				}
			}
			return new MatchAlphabet(members, core);
		}
		catch (UnsupportedOperationException | IndexOutOfBoundsException ex) {
			return null;
		}
	}

	/** Whether {@code c} can lie inside a match, its edges apart. */
	boolean mayContain(char c) {
		return c >= ASCII || this.members[c];
	}

	/**
	 * The pattern without its edges. Every match holds a match of the core, which lies
	 * within one run, so the run holds whatever the core requires.
	 */
	String core() {
		return this.core;
	}

	/**
	 * What a piece of the pattern can match: the ASCII characters in its matches, the
	 * lengths of its shortest and longest matches ({@link #UNBOUNDED} if it has none),
	 * and whether it asserts a word boundary.
	 */
	private record Piece(boolean[] members, int shortest, int longest, boolean wordBoundary) {

		static final int UNBOUNDED = Short.MAX_VALUE;

		static Piece of(String characters) {
			boolean[] members = new boolean[ASCII];
			characters.chars().forEach((c) -> members[c] = true);
			return new Piece(members, 1, 1, false);
		}

		/**
		 * One character that is none of the ASCII ones (none yet, for a class being
		 * read).
		 */
		static Piece noAscii() {
			return of("");
		}

		static Piece empty() {
			return new Piece(new boolean[ASCII], 0, 0, false);
		}

		static Piece boundary() {
			return new Piece(new boolean[ASCII], 0, 0, true);
		}

		static Piece any() {
			boolean[] members = new boolean[ASCII];
			Arrays.fill(members, true);
			return new Piece(members, 1, 1, false);
		}

		/** This piece followed by {@code next}. */
		Piece then(Piece next) {
			return new Piece(union(next), sum(this.shortest, next.shortest), sum(this.longest, next.longest),
					this.wordBoundary || next.wordBoundary);
		}

		/** This piece or {@code other}. */
		Piece or(Piece other) {
			return new Piece(union(other), Math.min(this.shortest, other.shortest),
					Math.max(this.longest, other.longest), this.wordBoundary || other.wordBoundary);
		}

		/** This piece from {@code least} to {@code most} times. */
		Piece repeated(int least, int most) {
			long longest = (this.longest == 0) ? 0 : (long) this.longest * most;
			return new Piece(this.members, (int) Math.min((long) this.shortest * least, UNBOUNDED),
					(int) Math.min(longest, UNBOUNDED), this.wordBoundary);
		}

		Piece complement() {
			boolean[] complement = new boolean[ASCII];
			for (int c = 0; c < ASCII; c++) {
				complement[c] = !this.members[c];
			}
			return new Piece(complement, 1, 1, false);
		}

		private boolean[] union(Piece other) {
			boolean[] union = this.members.clone();
			for (int c = 0; c < ASCII; c++) {
				union[c] |= other.members[c];
			}
			return union;
		}

		private static int sum(int a, int b) {
			return Math.min(a + b, UNBOUNDED);
		}

	}

	/**
	 * An item of the pattern's outermost sequence, from {@code start} to {@code end} in
	 * the pattern.
	 */
	private record Item(int start, int end, Piece piece) {

		/**
		 * Whether it is an edge: one character or none, no word boundary, so that a
		 * window with a character beyond the run either side sees what the text would.
		 */
		boolean isEdge() {
			return this.piece.shortest() == 0 && this.piece.longest() == 1 && !this.piece.wordBoundary();
		}

	}

	private static final class Parser {

		private static final String DIGITS = "0123456789";

		private static final String WORD = DIGITS + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_";

		private static final String SPACE = "\t\n\f\r ";

		private final String regex;

		private int position;

		private boolean ignoreCase;

		private boolean beyondAscii;

		private int depth;

		/** The items of the outermost sequence. */
		private final List<Item> outermost = new ArrayList<>();

		/** Whether the pattern is a choice at the outermost level, not one sequence. */
		private boolean choiceOutermost;

		Parser(String regex) {
			this.regex = regex;
		}

		private boolean atEnd() {
			return this.position >= this.regex.length();
		}

		private char peek() {
			return this.regex.charAt(this.position);
		}

		Piece alternation() {
			Piece piece = sequence();
			while (!atEnd() && peek() == '|') {
				this.choiceOutermost |= this.depth == 0;
				this.position++;
				piece = piece.or(sequence());
			}
			return piece;
		}

		private Piece sequence() {
			Piece piece = Piece.empty();
			while (!atEnd() && peek() != '|' && peek() != ')') {
				int start = this.position;
				Piece item = repetition(atom());
				if (this.depth == 0) {
					this.outermost.add(new Item(start, this.position, item));
				}
				piece = piece.then(item);
			}
			return piece;
		}

		private Piece repetition(Piece item) {
			Piece repeated = item;
			while (!atEnd()) {
				char c = peek();
				if (c == '*' || c == '?') {
					repeated = repeated.repeated(0, (c == '*') ? Piece.UNBOUNDED : 1);
				}
				else if (c == '{') {
					int close = this.regex.indexOf('}', this.position);
					String bounds = this.regex.substring(this.position + 1, close);
					if (!bounds.matches("\\d+(,\\d*)?")) {
						throw new UnsupportedOperationException("repetition " + bounds);
					}
					String[] limits = bounds.split(",", -1);
					int least = Integer.parseInt(limits[0]);
					int most = (limits.length == 1) ? least
							: limits[1].isEmpty() ? Piece.UNBOUNDED : Integer.parseInt(limits[1]);
					repeated = repeated.repeated(least, most);
					this.position = close;
				}
				else if (c == '+') {
					repeated = repeated.repeated(1, Piece.UNBOUNDED);
				}
				else {
					return repeated;
				}
				this.position++;
				if (!atEnd() && peek() == '?') {
					this.position++; // lazy: matches the same strings
				}
			}
			return repeated;
		}

		private Piece atom() {
			char c = this.regex.charAt(this.position++);
			return switch (c) {
				case '(' -> group();
				case '^', '$' -> Piece.empty();
				case '.' -> Piece.any();
				case '[' -> characterClass();
				case '\\' -> escape();
				case ')', '|', '*', '+', '?' -> throw new UnsupportedOperationException("misplaced " + c);
				default -> literal(c);
			};
		}

		private Piece group() {
			if (peek() == '?') {
				this.position++;
				if (peek() == 'P' || peek() == '<') {
					this.position = this.regex.indexOf('>', this.position) + 1;
				}
				else {
					readFlags();
				}
			}
			this.depth++;
			Piece inner = alternation();
			this.depth--;
			if (atEnd() || this.regex.charAt(this.position++) != ')') {
				throw new UnsupportedOperationException("unbalanced");
			}
			return inner;
		}

		/** Flags ending a {@code (?i)} group or opening a {@code (?i:…)} one. */
		private void readFlags() {
			while (peek() != ':' && peek() != ')') {
				if (peek() != 'i') {
					throw new UnsupportedOperationException("flag " + peek());
				}
				this.ignoreCase = true;
				this.position++;
			}
			if (peek() == ')') {
				// (?i) alone matches nothing; the caller reads the closing parenthesis
				return;
			}
			this.position++;
		}

		private Piece literal(char c) {
			if (c >= ASCII) {
				this.beyondAscii = true;
				return Piece.noAscii();
			}
			return Piece.of(String.valueOf(c));
		}

		private Piece escape() {
			char c = this.regex.charAt(this.position++);
			return switch (c) {
				case 'b', 'B' -> Piece.boundary();
				case 'A', 'z' -> Piece.empty();
				case 'd', 'w', 's', 'D', 'W', 'S' -> perlClass(c);
				default -> literal(RegexEscape.literal(c));
			};
		}

		private static Piece perlClass(char c) {
			Piece positive = switch (Character.toLowerCase(c)) {
				case 'd' -> Piece.of(DIGITS);
				case 'w' -> Piece.of(WORD);
				default -> Piece.of(SPACE);
			};
			return Character.isUpperCase(c) ? positive.complement() : positive;
		}

		/** A bracketed class, exactly as far as ASCII goes. */
		private Piece characterClass() {
			boolean negated = peek() == '^';
			if (negated) {
				this.position++;
			}
			Piece members = Piece.noAscii();
			boolean first = true;
			while (true) {
				char c = this.regex.charAt(this.position++);
				if (c == ']' && !first) {
					break;
				}
				first = false;
				if (c == '[' && peek() == ':') {
					throw new UnsupportedOperationException("POSIX class");
				}
				if (c == '\\') {
					char e = this.regex.charAt(this.position++);
					if ("dwsDWS".indexOf(e) >= 0) {
						members = members.or(perlClass(e));
						continue;
					}
					c = RegexEscape.literal(e);
				}
				char to = c;
				if (peek() == '-' && this.regex.charAt(this.position + 1) != ']') {
					this.position++;
					to = this.regex.charAt(this.position++);
					if (to == '\\' || to == '[' || to < c) {
						throw new UnsupportedOperationException("complex range");
					}
				}
				this.beyondAscii |= to >= ASCII;
				for (int k = c; k <= to && k < ASCII; k++) {
					members.members()[k] = true;
				}
			}
			return negated ? members.complement() : members;
		}

	}

}
