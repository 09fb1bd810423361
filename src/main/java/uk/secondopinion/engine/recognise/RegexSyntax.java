package uk.secondopinion.engine.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A regular expression read into its parts, as RE2 reads it, for the analyses that save
 * the recogniser work ({@link RequiredLiterals}, {@link MatchAlphabet},
 * {@link PatternShape}). Each of them walks the same tree and decides for itself what it
 * can use; syntax that none of them reads (escapes such as {@code \x41} or {@code \Q})
 * fails the reading, and then every analysis gives up on the pattern, which only costs
 * speed: the pattern is then searched for everywhere.
 */
final class RegexSyntax {

	/** A part of a pattern. */
	sealed interface Node permits Literal, AnyCharacter, PerlClass, UnicodeClass, CharacterClass, Assertion, Sequence,
			Choice, Repetition, Group, SetFlags {

	}

	/** One character, written as itself or escaped. */
	record Literal(int codePoint) implements Node {

	}

	/** {@code .} */
	record AnyCharacter() implements Node {

	}

	/** {@code \d}, {@code \w}, {@code \s} or their negations, by the letter. */
	record PerlClass(char letter) implements Node {

	}

	/** {@code \p{…}} or {@code \P{…}}. */
	record UnicodeClass() implements Node {

	}

	/** A bracketed class such as {@code [^a-z']}. */
	record CharacterClass(boolean negated, List<ClassItem> items) implements Node {

	}

	/** A part of a bracketed class. */
	sealed interface ClassItem permits Range, PerlItem, NamedItem {

	}

	/** A character, or a range of them, in a bracketed class. */
	record Range(int from, int to) implements ClassItem {

	}

	/** {@code \d} and the like inside brackets. */
	record PerlItem(char letter) implements ClassItem {

	}

	/** A POSIX class such as {@code [:alpha:]}, or a Unicode one, inside brackets. */
	record NamedItem() implements ClassItem {

	}

	/** An assertion that matches no character. */
	enum Assertion implements Node {

		/** {@code ^} or {@code \A} */
		TEXT_START,
		/** {@code $} or {@code \z} */
		TEXT_END,
		/** {@code \b} */
		WORD_BOUNDARY,
		/** {@code \B} */
		NOT_WORD_BOUNDARY

	}

	/** Parts one after another, each with where it lies in the pattern. */
	record Sequence(List<Item> items) implements Node {

	}

	/** A part of a sequence, from {@code start} to {@code end} in the pattern. */
	record Item(Node node, int start, int end) {

	}

	/** Alternatives, {@code a|b}. */
	record Choice(List<Node> alternatives) implements Node {

	}

	/**
	 * A part repeated from {@code min} to {@code max} times; {@code max} -1 for no limit.
	 */
	record Repetition(Node repeated, int min, int max) implements Node {

	}

	/**
	 * A group: capturing, named or not; {@code flags} such as {@code i} in
	 * {@code (?i:…)}.
	 */
	record Group(Node inner, boolean capturing, String flags) implements Node {

	}

	/** Flags set for the rest of the group, {@code (?i)}. */
	record SetFlags(String flags) implements Node {

	}

	private static final Pattern BOUNDS = Pattern.compile("\\{\\d+(,\\d*)?\\}");

	private final String regex;

	private int position;

	private RegexSyntax(String regex) {
		this.regex = regex;
	}

	/**
	 * {@code regex} read into its parts: a {@link Choice} if it has alternatives at the
	 * top, else a {@link Sequence}.
	 * @throws UnsupportedOperationException if it cannot be read
	 */
	static Node parse(String regex) {
		RegexSyntax parser = new RegexSyntax(regex);
		try {
			Node node = parser.alternation();
			if (!parser.atEnd()) {
				throw new UnsupportedOperationException("unbalanced");
			}
			return node;
		}
		catch (IndexOutOfBoundsException ex) {
			throw new UnsupportedOperationException("unfinished", ex);
		}
	}

	/**
	 * The characters of the Perl class with this letter ({@code \d}, {@code \w} or
	 * {@code \s}, either case), as RE2 reads them: ASCII only. For an upper-case letter
	 * these are the characters the class leaves out.
	 */
	static String perlClassCharacters(char letter) {
		return switch (Character.toLowerCase(letter)) {
			case 'd' -> "0123456789";
			case 'w' -> "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_";
			case 's' -> "\t\n\f\r ";
			default -> throw new IllegalArgumentException("No Perl class \\" + letter);
		};
	}

	/**
	 * The character {@code \}{@code escaped} matches: {@code \n}, {@code \t}, {@code \r},
	 * {@code \f}, {@code \v}, or escaped punctuation standing for itself.
	 * @throws UnsupportedOperationException for any other escape
	 */
	private static int escapedCharacter(int escaped) {
		return switch (escaped) {
			case 'n' -> '\n';
			case 't' -> '\t';
			case 'r' -> '\r';
			case 'f' -> '\f';
			case 'v' -> '\u000B';
			default -> {
				if (Character.isLetterOrDigit(escaped)) {
					throw new UnsupportedOperationException("escape \\" + Character.toString(escaped));
				}
				yield escaped;
			}
		};
	}

	private boolean atEnd() {
		return this.position >= this.regex.length();
	}

	private int peek() {
		return this.regex.codePointAt(this.position);
	}

	private int next() {
		int c = peek();
		this.position += Character.charCount(c);
		return c;
	}

	private Node alternation() {
		List<Node> alternatives = new ArrayList<>();
		alternatives.add(sequence());
		while (!atEnd() && peek() == '|') {
			next();
			alternatives.add(sequence());
		}
		return (alternatives.size() == 1) ? alternatives.get(0) : new Choice(List.copyOf(alternatives));
	}

	private Sequence sequence() {
		List<Item> items = new ArrayList<>();
		while (!atEnd() && peek() != '|' && peek() != ')') {
			int start = this.position;
			Node node = atom();
			while (!atEnd() && isRepetition()) {
				node = repetition(node);
			}
			items.add(new Item(node, start, this.position));
		}
		return new Sequence(List.copyOf(items));
	}

	private boolean isRepetition() {
		int c = peek();
		return c == '*' || c == '+' || c == '?'
				|| (c == '{' && BOUNDS.matcher(this.regex).region(this.position, this.regex.length()).lookingAt());
	}

	private Repetition repetition(Node node) {
		int c = next();
		int min;
		int max;
		if (c == '{') {
			int close = this.regex.indexOf('}', this.position);
			String[] bounds = this.regex.substring(this.position, close).split(",", -1);
			this.position = close + 1;
			min = Integer.parseInt(bounds[0]);
			max = (bounds.length == 1) ? min : bounds[1].isEmpty() ? -1 : Integer.parseInt(bounds[1]);
		}
		else {
			min = (c == '+') ? 1 : 0;
			max = (c == '?') ? 1 : -1;
		}
		if (!atEnd() && peek() == '?') {
			next(); // lazy: matches the same strings
		}
		return new Repetition(node, min, max);
	}

	private Node atom() {
		int c = next();
		return switch (c) {
			case '(' -> group();
			case '^' -> Assertion.TEXT_START;
			case '$' -> Assertion.TEXT_END;
			case '.' -> new AnyCharacter();
			case '[' -> characterClass();
			case '\\' -> escape();
			case ')', '|', '*', '+', '?' -> throw new UnsupportedOperationException("misplaced " + (char) c);
			default -> new Literal(c);
		};
	}

	private Node group() {
		boolean capturing = true;
		String flags = "";
		if (peek() == '?') {
			next();
			capturing = false;
			if (peek() == 'P' || peek() == '<') {
				this.position = this.regex.indexOf('>', this.position) + 1;
				if (this.position == 0) {
					throw new UnsupportedOperationException("unclosed group name");
				}
				capturing = true;
			}
			else {
				int end = this.position;
				while (peek() != ':' && peek() != ')') {
					next();
				}
				flags = this.regex.substring(end, this.position);
				if (next() == ')') {
					return new SetFlags(flags);
				}
			}
		}
		Node inner = alternation();
		if (atEnd() || next() != ')') {
			throw new UnsupportedOperationException("unbalanced");
		}
		return new Group(inner, capturing, flags);
	}

	private Node escape() {
		int c = next();
		return switch (c) {
			case 'b' -> Assertion.WORD_BOUNDARY;
			case 'B' -> Assertion.NOT_WORD_BOUNDARY;
			case 'A' -> Assertion.TEXT_START;
			case 'z' -> Assertion.TEXT_END;
			case 'd', 'w', 's', 'D', 'W', 'S' -> new PerlClass((char) c);
			case 'p', 'P' -> {
				skipUnicodeClassName();
				yield new UnicodeClass();
			}
			default -> new Literal(escapedCharacter(c));
		};
	}

	private void skipUnicodeClassName() {
		if (peek() == '{') {
			this.position = this.regex.indexOf('}', this.position) + 1;
			if (this.position == 0) {
				throw new UnsupportedOperationException("unclosed class name");
			}
		}
		else {
			next();
		}
	}

	private CharacterClass characterClass() {
		boolean negated = peek() == '^';
		if (negated) {
			next();
		}
		List<ClassItem> items = new ArrayList<>();
		boolean first = true;
		while (true) {
			int c = next();
			if (c == ']' && !first) {
				return new CharacterClass(negated, List.copyOf(items));
			}
			first = false;
			if (c == '[' && peek() == ':') {
				int close = this.regex.indexOf(":]", this.position);
				if (close < 0) {
					throw new UnsupportedOperationException("unclosed POSIX class");
				}
				this.position = close + 2;
				items.add(new NamedItem());
				continue;
			}
			if (c == '\\') {
				int e = next();
				if ("dwsDWS".indexOf(e) >= 0) {
					items.add(new PerlItem((char) e));
					continue;
				}
				if (e == 'p' || e == 'P') {
					skipUnicodeClassName();
					items.add(new NamedItem());
					continue;
				}
				c = escapedCharacter(e);
			}
			int to = c;
			if (peek() == '-' && this.regex.charAt(this.position + 1) != ']') {
				next();
				to = next();
				if (to == '\\' || to == '[' || to < c) {
					throw new UnsupportedOperationException("complex range");
				}
			}
			items.add(new Range(c, to));
		}
	}

}
