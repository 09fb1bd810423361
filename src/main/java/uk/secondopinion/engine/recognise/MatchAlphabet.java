package uk.secondopinion.engine.recognise;

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
			RegexSyntax.Node root = RegexSyntax.parse(regex);
			Reading reading = new Reading();
			Piece piece;
			String core = regex;
			if (root instanceof RegexSyntax.Sequence sequence) {
				List<RegexSyntax.Item> items = sequence.items();
				List<Piece> pieces = items.stream().map((item) -> reading.piece(item.node())).toList();
				int first = (items.size() > 1 && pieces.get(0).isEdge()) ? 1 : 0;
				int last = (items.size() - first > 1 && pieces.get(items.size() - 1).isEdge()) ? items.size() - 1
						: items.size();
				piece = Piece.empty();
				for (Piece item : pieces.subList(first, last)) {
					piece = piece.then(item);
				}
				if (first > 0 || last < items.size()) {
					core = regex.substring(items.get(first).start(), items.get(last - 1).end());
				}
			}
			else {
				piece = reading.piece(root);
			}
			if (piece.shortest() == 0) {
				return null;
			}
			boolean[] members = piece.members();
			if (reading.ignoreCase && reading.beyondAscii) {
				// a character such as the Kelvin sign matches an ASCII letter then
				return null;
			}
			if (reading.ignoreCase) {
				for (char c = 'a'; c <= 'z'; c++) {
					char upper = Character.toUpperCase(c);
					members[c] |= members[upper];
					members[upper] |= members[c];
				}
			}
			return new MatchAlphabet(members, core);
		}
		catch (UnsupportedOperationException ex) {
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

		/**
		 * Whether it is an edge: one character or none, no word boundary, so that a
		 * window with a character beyond the run either side sees what the text would.
		 */
		boolean isEdge() {
			return this.shortest == 0 && this.longest == 1 && !this.wordBoundary;
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

	/** What each part of a pattern can match, and the flags met on the way. */
	private static final class Reading {

		private boolean ignoreCase;

		private boolean beyondAscii;

		Piece piece(RegexSyntax.Node node) {
			if (node instanceof RegexSyntax.Literal literal) {
				return literal(literal.codePoint());
			}
			if (node instanceof RegexSyntax.AnyCharacter) {
				return Piece.any();
			}
			if (node instanceof RegexSyntax.PerlClass perl) {
				return perlClass(perl.letter());
			}
			if (node instanceof RegexSyntax.CharacterClass characterClass) {
				return characterClass(characterClass);
			}
			if (node instanceof RegexSyntax.Assertion assertion) {
				return (assertion == RegexSyntax.Assertion.WORD_BOUNDARY
						|| assertion == RegexSyntax.Assertion.NOT_WORD_BOUNDARY) ? Piece.boundary() : Piece.empty();
			}
			if (node instanceof RegexSyntax.Sequence sequence) {
				Piece piece = Piece.empty();
				for (RegexSyntax.Item item : sequence.items()) {
					piece = piece.then(piece(item.node()));
				}
				return piece;
			}
			if (node instanceof RegexSyntax.Choice choice) {
				Piece piece = null;
				for (RegexSyntax.Node alternative : choice.alternatives()) {
					piece = (piece == null) ? piece(alternative) : piece.or(piece(alternative));
				}
				return piece;
			}
			if (node instanceof RegexSyntax.Repetition repetition) {
				int most = (repetition.max() < 0) ? Piece.UNBOUNDED : repetition.max();
				return piece(repetition.repeated()).repeated(repetition.min(), most);
			}
			if (node instanceof RegexSyntax.Group group) {
				readFlags(group.flags());
				return piece(group.inner());
			}
			if (node instanceof RegexSyntax.SetFlags flags) {
				readFlags(flags.flags());
				return Piece.empty();
			}
			throw new UnsupportedOperationException("Unicode class");
		}

		/**
		 * Case-insensitivity is read for the whole pattern; any other flag, not at all.
		 */
		private void readFlags(String flags) {
			if (!flags.chars().allMatch((flag) -> flag == 'i')) {
				throw new UnsupportedOperationException("flags " + flags);
			}
			this.ignoreCase |= !flags.isEmpty();
		}

		private Piece literal(int c) {
			if (c >= ASCII) {
				this.beyondAscii = true;
				int length = Character.charCount(c);
				return Piece.noAscii().repeated(length, length);
			}
			return Piece.of(String.valueOf((char) c));
		}

		private static Piece perlClass(char letter) {
			Piece positive = Piece.of(RegexSyntax.perlClassCharacters(letter));
			return Character.isUpperCase(letter) ? positive.complement() : positive;
		}

		/** A bracketed class, exactly as far as ASCII goes. */
		private Piece characterClass(RegexSyntax.CharacterClass characterClass) {
			Piece members = Piece.noAscii();
			for (RegexSyntax.ClassItem item : characterClass.items()) {
				if (item instanceof RegexSyntax.Range range) {
					this.beyondAscii |= range.to() >= ASCII;
					for (int k = range.from(); k <= range.to() && k < ASCII; k++) {
						members.members()[k] = true;
					}
				}
				else if (item instanceof RegexSyntax.PerlItem perl) {
					members = members.or(perlClass(perl.letter()));
				}
				else {
					throw new UnsupportedOperationException("named class");
				}
			}
			return characterClass.negated() ? members.complement() : members;
		}

	}

}
