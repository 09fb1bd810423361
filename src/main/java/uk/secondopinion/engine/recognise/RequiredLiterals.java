package uk.secondopinion.engine.recognise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What any text a regular expression matches must contain: a list of clauses, each a set
 * of literal strings at least one of which occurs in every match. A draft lacking some
 * clause cannot match, so the pattern need not run on it. The analysis is conservative:
 * syntax it does not understand (flags, Unicode classes it cannot enumerate) yields fewer
 * clauses, never a wrong one, and an empty list means "always run".
 */
final class RequiredLiterals {

	/** Largest set of exact strings tracked before settling for a clause. */
	private static final int MAX_EXACT = 64;

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
		try {
			RequiredLiterals parser = new RequiredLiterals(regex);
			Info info = parser.alternation();
			if (parser.position != regex.length()) {
				return List.of();
			}
			return info.clauses();
		}
		catch (UnsupportedOperationException ex) {
			return List.of();
		}
	}

	/**
	 * What is known of a piece of a pattern: {@code exact}, when not null, is every
	 * string it can match; {@code clauses} hold for every match.
	 */
	private record Info(Set<String> exact, List<Set<String>> partial) {

		static final Info UNKNOWN = new Info(null, List.of());

		static Info exactly(Set<String> strings) {
			return new Info(strings, List.of());
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
		Set<String> clause = new LinkedHashSet<>();
		for (Info choice : choices) {
			Set<String> best = choice.best();
			if (best == null) {
				return Info.UNKNOWN;
			}
			clause.addAll(best);
		}
		return new Info(null, List.of(clause));
	}

	private Info sequence() {
		List<Set<String>> clauses = new ArrayList<>();
		Set<String> run = EMPTY;
		boolean allExact = true;
		while (!atEnd() && peek() != '|' && peek() != ')') {
			Info item = repetition(atom());
			if (item.exact() != null && (long) run.size() * item.exact().size() <= MAX_EXACT) {
				run = product(run, item.exact());
				continue;
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
		return new Info(null, clauses);
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
		if (min == 0) {
			if (max == 1 && item.exact() != null) {
				Set<String> optional = new LinkedHashSet<>(item.exact());
				optional.add("");
				return Info.exactly(optional);
			}
			return Info.UNKNOWN;
		}
		if (min == 1 && max == 1) {
			return item;
		}
		return new Info(null, item.clauses());
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
			case '^', '$' -> {
				return Info.exactly(EMPTY);
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
				return Info.exactly(Set.of(new String(Character.toChars(c))));
			}
		}
	}

	private Info escape() {
		if (atEnd()) {
			throw new UnsupportedOperationException("trailing backslash");
		}
		int c = next();
		switch (c) {
			case 'b', 'B', 'A', 'z' -> {
				return Info.exactly(EMPTY);
			}
			case 'd' -> {
				return Info.exactly(digits());
			}
			case 'D', 'w', 'W', 's', 'S' -> {
				return Info.UNKNOWN;
			}
			case 'p', 'P' -> {
				skipUnicodeClassName();
				return Info.UNKNOWN;
			}
			case 'n' -> {
				return Info.exactly(Set.of("\n"));
			}
			case 't' -> {
				return Info.exactly(Set.of("\t"));
			}
			case 'r' -> {
				return Info.exactly(Set.of("\r"));
			}
			case 'f' -> {
				return Info.exactly(Set.of("\f"));
			}
			default -> {
				if (Character.isLetterOrDigit(c)) {
					throw new UnsupportedOperationException("escape \\" + (char) c);
				}
				return Info.exactly(Set.of(new String(Character.toChars(c))));
			}
		}
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

	private static Set<String> digits() {
		Set<String> digits = new LinkedHashSet<>();
		for (char d = '0'; d <= '9'; d++) {
			digits.add(String.valueOf(d));
		}
		return digits;
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
					members.addAll(digits());
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
				c = switch (e) {
					case 'n' -> '\n';
					case 't' -> '\t';
					case 'r' -> '\r';
					case 'f' -> '\f';
					default -> {
						if (Character.isLetterOrDigit(e)) {
							throw new UnsupportedOperationException("escape \\" + (char) e);
						}
						yield e;
					}
				};
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
					members.add(new String(Character.toChars(k)));
				}
				continue;
			}
			members.add(new String(Character.toChars(c)));
		}
		if (negated || broad || members.size() > MAX_CLASS) {
			return Info.UNKNOWN;
		}
		return Info.exactly(members);
	}

}
