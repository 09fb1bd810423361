package uk.secondopinion.engine.recognise;

import java.util.Arrays;

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
 */
final class MatchAlphabet {

	private static final int ASCII = 128;

	private final boolean[] members;

	private MatchAlphabet(boolean[] members) {
		this.members = members;
	}

	/** The alphabet of {@code regex}, or null when it cannot be read. */
	static MatchAlphabet of(String regex) {
		try {
			Parser parser = new Parser(regex);
			Piece piece = parser.alternation();
			if (parser.position != regex.length() || piece.shortest() == 0) {
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
			return new MatchAlphabet(members);
		}
		catch (UnsupportedOperationException | IndexOutOfBoundsException ex) {
			return null;
		}
	}

	/** Whether {@code c} can lie inside a match. */
	boolean mayContain(char c) {
		return c >= ASCII || this.members[c];
	}

	/**
	 * What a piece of the pattern can match: the ASCII characters in its matches, and the
	 * length of its shortest match.
	 */
	private record Piece(boolean[] members, int shortest) {

		static Piece of(String characters) {
			boolean[] members = new boolean[ASCII];
			characters.chars().forEach((c) -> members[c] = true);
			return new Piece(members, 1);
		}

		static Piece empty() {
			return new Piece(new boolean[ASCII], 0);
		}

		static Piece any() {
			boolean[] members = new boolean[ASCII];
			Arrays.fill(members, true);
			return new Piece(members, 1);
		}

		Piece and(Piece next, int shortest) {
			boolean[] union = this.members.clone();
			for (int c = 0; c < ASCII; c++) {
				union[c] |= next.members[c];
			}
			return new Piece(union, shortest);
		}

		Piece complement() {
			boolean[] complement = new boolean[ASCII];
			for (int c = 0; c < ASCII; c++) {
				complement[c] = !this.members[c];
			}
			return new Piece(complement, 1);
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
				this.position++;
				Piece choice = sequence();
				piece = piece.and(choice, Math.min(piece.shortest(), choice.shortest()));
			}
			return piece;
		}

		private Piece sequence() {
			Piece piece = Piece.empty();
			while (!atEnd() && peek() != '|' && peek() != ')') {
				Piece item = repetition(atom());
				piece = piece.and(item, piece.shortest() + item.shortest());
			}
			return piece;
		}

		private Piece repetition(Piece item) {
			Piece repeated = item;
			while (!atEnd()) {
				char c = peek();
				if (c == '*' || c == '?') {
					repeated = new Piece(repeated.members(), 0);
				}
				else if (c == '{') {
					int close = this.regex.indexOf('}', this.position);
					String bounds = this.regex.substring(this.position + 1, close);
					if (!bounds.matches("\\d+(,\\d*)?")) {
						throw new UnsupportedOperationException("repetition " + bounds);
					}
					int least = Integer.parseInt(bounds.split(",", -1)[0]);
					repeated = new Piece(repeated.members(), Math.min(repeated.shortest() * least, Short.MAX_VALUE));
					this.position = close;
				}
				else if (c != '+') {
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
			Piece inner = alternation();
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
				return new Piece(new boolean[ASCII], 1);
			}
			return Piece.of(String.valueOf(c));
		}

		private Piece escape() {
			char c = this.regex.charAt(this.position++);
			return switch (c) {
				case 'b', 'B', 'A', 'z' -> Piece.empty();
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
			Piece members = new Piece(new boolean[ASCII], 1);
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
						members = members.and(perlClass(e), 1);
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
