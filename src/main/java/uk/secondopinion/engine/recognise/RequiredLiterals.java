package uk.secondopinion.engine.recognise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What any text a regular expression matches must contain, and what every match starts
 * with, so that a pattern need only run on drafts that could hold a match, and only be
 * tried where a match could start.
 * <p>
 * The clauses are sets of literal strings: every match contains one string of each
 * clause. The starts are literal strings one of which every match begins with. Literals
 * are read in a {@linkplain #fold folded} form, every digit written {@code 0}, so that
 * {@code \d{3}} is one string rather than a thousand; and {@code ^} and {@code $} are
 * read as the characters {@link #TEXT_START} and {@link #TEXT_END}, which stand before
 * and after the text. So they must be looked for in the text as
 * {@link #fold(CharSequence)} gives it. {@code \s} is read as the five characters RE2
 * takes it for.
 * <p>
 * The analysis is conservative: syntax it does not understand (flags, Unicode classes it
 * cannot enumerate) yields fewer clauses or no starts, never a wrong one. No clauses
 * means "always run"; no starts, "search the whole text".
 */
final class RequiredLiterals {

	/** Stands before the text, for {@code ^}; never in a normalised text. */
	static final char TEXT_START = '\u0002';

	/** Stands after the text, for {@code $}; never in a normalised text. */
	static final char TEXT_END = '\u0003';

	/** Largest set of exact strings tracked before settling for a clause. */
	private static final int MAX_EXACT = 64;

	/** Largest set of starting strings tracked. */
	private static final int MAX_STARTS = 256;

	/** Largest character class enumerated as exact strings. */
	private static final int MAX_CLASS = 16;

	private static final Set<String> EMPTY = Set.of("");

	private final String regex;

	private int position;

	private RequiredLiterals(String regex) {
		this.regex = regex;
	}

	/** The clauses every match of {@code regex} satisfies; empty when unknown. */
	static List<Set<String>> of(String regex) {
		Info info = analyse(regex);
		return (info != null) ? info.clauses() : List.of();
	}

	/**
	 * Strings one of which every match of {@code regex} starts with; empty when unknown.
	 * A string starting with {@link #TEXT_START} means a match at the start of the text.
	 */
	static Set<String> startsOf(String regex) {
		Info info = analyse(regex);
		Set<String> starts = (info != null) ? info.starts() : null;
		return (starts != null) ? starts : Set.of();
	}

	/** The character a literal or a text character is compared as. */
	static char fold(char c) {
		return (c >= '0' && c <= '9') ? '0' : c;
	}

	/** {@code text} as literals are looked for in it: folded, between the two markers. */
	static char[] fold(CharSequence text) {
		char[] folded = new char[text.length() + 2];
		folded[0] = TEXT_START;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			folded[i + 1] = (c == TEXT_START || c == TEXT_END) ? ' ' : fold(c);
		}
		folded[folded.length - 1] = TEXT_END;
		return folded;
	}

	private static Info analyse(String regex) {
		if (regex.indexOf(TEXT_START) >= 0 || regex.indexOf(TEXT_END) >= 0) {
			return null;
		}
		try {
			RequiredLiterals parser = new RequiredLiterals(regex);
			Info info = parser.alternation();
			return (parser.position == regex.length()) ? info : null;
		}
		catch (UnsupportedOperationException ex) {
			return null;
		}
	}

	/**
	 * What is known of a piece of a pattern: {@code exact}, when not null, is every
	 * string it can match; {@code partial} clauses hold for every match; every match
	 * starts with one of {@code prefixes}, when not null.
	 */
	private record Info(Set<String> exact, List<Set<String>> partial, Set<String> prefixes) {

		static final Info UNKNOWN = new Info(null, List.of(), null);

		static Info exactly(Set<String> strings) {
			return new Info(strings, List.of(), null);
		}

		/** Every clause, counting the exact strings as one when none is empty. */
		List<Set<String>> clauses() {
			if (this.exact == null || this.exact.contains("")) {
				return this.partial;
			}
			List<Set<String>> all = new ArrayList<>(this.partial);
			all.add(this.exact);
			return all;
		}

		/** Non-empty strings every match starts with one of, or null when unknown. */
		Set<String> starts() {
			Set<String> starts = (this.exact != null) ? this.exact : this.prefixes;
			return (starts == null || starts.contains("")) ? null : starts;
		}

		/** The one clause that says most, preferring long, few strings. */
		Set<String> best() {
			Set<String> best = null;
			for (Set<String> clause : clauses()) {
				if (best == null || score(clause) > score(best)) {
					best = clause;
				}
			}
			return best;
		}

		private static double score(Set<String> clause) {
			int shortest = clause.stream().mapToInt(String::length).min().orElse(0);
			return shortest - clause.size() / 1000.0;
		}

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

	private Info alternation() {
		List<Info> choices = new ArrayList<>();
		choices.add(sequence());
		while (!atEnd() && peek() == '|') {
			next();
			choices.add(sequence());
		}
		if (choices.size() == 1) {
			return choices.get(0);
		}
		Set<String> union = new LinkedHashSet<>();
		boolean exact = true;
		for (Info choice : choices) {
			if (choice.exact() == null) {
				exact = false;
				break;
			}
			union.addAll(choice.exact());
		}
		if (exact && union.size() <= MAX_EXACT) {
			return Info.exactly(union);
		}
		Set<String> prefixes = new LinkedHashSet<>();
		for (Info choice : choices) {
			Set<String> starts = choice.starts();
			if (starts == null || prefixes.size() + starts.size() > MAX_STARTS) {
				prefixes = null;
				break;
			}
			prefixes.addAll(starts);
		}
		Set<String> clause = new LinkedHashSet<>();
		for (Info choice : choices) {
			Set<String> best = choice.best();
			if (best == null) {
				return new Info(null, List.of(), prefixes);
			}
			clause.addAll(best);
		}
		return new Info(null, List.of(clause), prefixes);
	}

	private Info sequence() {
		List<Set<String>> clauses = new ArrayList<>();
		Set<String> run = EMPTY;
		Set<String> prefixes = null;
		boolean allExact = true;
		while (!atEnd() && peek() != '|' && peek() != ')') {
			Info item = repetition(atom());
			if (item.exact() != null && (long) run.size() * item.exact().size() <= MAX_EXACT) {
				run = product(run, item.exact());
				continue;
			}
			if (allExact) {
				// the first item that is not exact: matches start with the run so far
				// followed by how this item starts, when that is known
				Set<String> starts = item.starts();
				prefixes = (starts != null && (long) run.size() * starts.size() <= MAX_STARTS) ? product(run, starts)
						: run;
			}
			allExact = false;
			addClause(clauses, run);
			clauses.addAll(item.partial());
			run = (item.exact() != null) ? item.exact() : EMPTY;
		}
		if (allExact) {
			return Info.exactly(run);
		}
		addClause(clauses, run);
		return new Info(null, clauses, prefixes);
	}

	private static void addClause(List<Set<String>> clauses, Set<String> exact) {
		if (!exact.contains("")) {
			clauses.add(exact);
		}
	}

	private static Set<String> product(Set<String> left, Set<String> right) {
		Set<String> product = new LinkedHashSet<>();
		for (String a : left) {
			for (String b : right) {
				product.add(a + b);
			}
		}
		return product;
	}

	private Info repetition(Info item) {
		if (atEnd()) {
			return item;
		}
		int min;
		int max;
		int c = peek();
		if (c == '*' || c == '+' || c == '?') {
			next();
			min = (c == '+') ? 1 : 0;
			max = (c == '?') ? 1 : -1;
		}
		else if (c == '{' && this.regex.substring(this.position).matches("(?s)\\{\\d+(,\\d*)?\\}.*")) {
			int close = this.regex.indexOf('}', this.position);
			String[] bounds = this.regex.substring(this.position + 1, close).split(",", -1);
			this.position = close + 1;
			min = Integer.parseInt(bounds[0]);
			max = (bounds.length == 1) ? min : bounds[1].isEmpty() ? -1 : Integer.parseInt(bounds[1]);
		}
		else {
			return item;
		}
		if (!atEnd() && peek() == '?') {
			next(); // lazy: matches the same strings
		}
		if (min == 1 && max == 1) {
			return item;
		}
		if (item.exact() == null) {
			// every repetition starts with, and holds, a match of the item
			return (min == 0) ? Info.UNKNOWN : new Info(null, item.clauses(), item.starts());
		}
		// an exact item repeated: the strings of min copies begin every match
		Set<String> copies = EMPTY;
		for (int k = 0; k < min; k++) {
			if ((long) copies.size() * item.exact().size() > MAX_EXACT) {
				return (min == 0) ? Info.UNKNOWN : new Info(null, item.clauses(), item.starts());
			}
			copies = product(copies, item.exact());
		}
		if (max < 0 || max > min + MAX_EXACT) {
			return new Info(null, Info.exactly(copies).clauses(), copies);
		}
		Set<String> all = new LinkedHashSet<>(copies);
		Set<String> longer = copies;
		for (int k = min; k < max; k++) {
			if ((long) longer.size() * item.exact().size() > MAX_EXACT) {
				return new Info(null, Info.exactly(copies).clauses(), copies);
			}
			longer = product(longer, item.exact());
			all.addAll(longer);
			if (all.size() > MAX_EXACT) {
				return new Info(null, Info.exactly(copies).clauses(), copies);
			}
		}
		return Info.exactly(all);
	}

	private Info atom() {
		int c = next();
		switch (c) {
			case '(' -> {
				if (!atEnd() && peek() == '?') {
					next();
					if (!atEnd() && peek() == ':') {
						next();
					}
					else if (this.regex.startsWith("P<", this.position) || (!atEnd() && peek() == '<')) {
						this.position = this.regex.indexOf('>', this.position) + 1;
					}
					else {
						throw new UnsupportedOperationException("flags");
					}
				}
				Info inner = alternation();
				if (atEnd() || next() != ')') {
					throw new UnsupportedOperationException("unbalanced");
				}
				return inner;
			}
			case '^' -> {
				return literal(TEXT_START);
			}
			case '$' -> {
				return literal(TEXT_END);
			}
			case '.' -> {
				return Info.UNKNOWN;
			}
			case '[' -> {
				return characterClass();
			}
			case '\\' -> {
				return escape();
			}
			case ')', '|', '*', '+', '?' -> throw new UnsupportedOperationException("misplaced " + (char) c);
			default -> {
				return literal(c);
			}
		}
	}

	private static Info literal(int c) {
		return Info.exactly(Set.of(literalString(c)));
	}

	private static String literalString(int c) {
		return (c < Character.MIN_SUPPLEMENTARY_CODE_POINT) ? String.valueOf(fold((char) c))
				: new String(Character.toChars(c));
	}

	private Info escape() {
		if (atEnd()) {
			throw new UnsupportedOperationException("trailing backslash");
		}
		int c = next();
		switch (c) {
			case 'b', 'B' -> {
				return Info.exactly(EMPTY);
			}
			case 'A' -> {
				return literal(TEXT_START);
			}
			case 'z' -> {
				return literal(TEXT_END);
			}
			case 'd' -> {
				return literal('0');
			}
			case 's' -> {
				return Info.exactly(Set.of(" ", "\t", "\n", "\f", "\r"));
			}
			case 'D', 'w', 'W', 'S' -> {
				return Info.UNKNOWN;
			}
			case 'p', 'P' -> {
				skipUnicodeClassName();
				return Info.UNKNOWN;
			}
			default -> {
				return literal(escaped(c));
			}
		}
	}

	/** The character an escaped code point stands for. */
	private static int escaped(int c) {
		return (c < Character.MIN_SUPPLEMENTARY_CODE_POINT) ? RegexEscape.literal((char) c) : c;
	}

	private void skipUnicodeClassName() {
		if (!atEnd() && peek() == '{') {
			this.position = this.regex.indexOf('}', this.position) + 1;
			if (this.position == 0) {
				throw new UnsupportedOperationException("unclosed class name");
			}
		}
		else {
			next();
		}
	}

	/** A bracketed class: exact when it is a short list of characters, else unknown. */
	private Info characterClass() {
		boolean negated = !atEnd() && peek() == '^';
		if (negated) {
			next();
		}
		Set<String> members = new LinkedHashSet<>();
		boolean broad = false;
		boolean first = true;
		while (true) {
			if (atEnd()) {
				throw new UnsupportedOperationException("unclosed class");
			}
			int c = next();
			if (c == ']' && !first) {
				break;
			}
			first = false;
			if (c == '[' && !atEnd() && peek() == ':') {
				int close = this.regex.indexOf(":]", this.position);
				if (close < 0) {
					throw new UnsupportedOperationException("unclosed POSIX class");
				}
				this.position = close + 2;
				broad = true;
				continue;
			}
			if (c == '\\') {
				if (atEnd()) {
					throw new UnsupportedOperationException("trailing backslash");
				}
				int e = next();
				if (e == 'd') {
					members.add(literalString('0'));
					continue;
				}
				if (e == 'p' || e == 'P') {
					skipUnicodeClassName();
					broad = true;
					continue;
				}
				if ("DwWsS".indexOf(e) >= 0) {
					broad = true;
					continue;
				}
				c = escaped(e);
			}
			if (!atEnd() && peek() == '-' && this.position + 1 < this.regex.length()
					&& this.regex.charAt(this.position + 1) != ']') {
				next();
				int to = next();
				if (to == '\\' || to == '[') {
					throw new UnsupportedOperationException("complex range");
				}
				if (to - c + 1 > MAX_CLASS) {
					broad = true;
					continue;
				}
				for (int k = c; k <= to; k++) {
					members.add(literalString(k));
				}
				continue;
			}
			members.add(literalString(c));
		}
		if (negated || broad || members.size() > MAX_CLASS) {
			return Info.UNKNOWN;
		}
		return Info.exactly(members);
	}

}
