package uk.secondopinion.engine.recognise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

	private RequiredLiterals() {
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
			return info(RegexSyntax.parse(regex));
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

	private static Info info(RegexSyntax.Node node) {
		if (node instanceof RegexSyntax.Literal literal) {
			return literal(literal.codePoint());
		}
		if (node instanceof RegexSyntax.PerlClass perl) {
			return switch (perl.letter()) {
				case 'd' -> literal('0');
				case 's' -> Info.exactly(RegexSyntax.perlClassCharacters('s')
					.chars()
					.mapToObj(Character::toString)
					.collect(Collectors.toSet()));
				default -> Info.UNKNOWN;
			};
		}
		if (node instanceof RegexSyntax.CharacterClass characterClass) {
			return characterClass(characterClass);
		}
		if (node instanceof RegexSyntax.Assertion assertion) {
			return switch (assertion) {
				case TEXT_START -> literal(TEXT_START);
				case TEXT_END -> literal(TEXT_END);
				case WORD_BOUNDARY, NOT_WORD_BOUNDARY -> Info.exactly(EMPTY);
			};
		}
		if (node instanceof RegexSyntax.Sequence sequence) {
			return sequence(sequence);
		}
		if (node instanceof RegexSyntax.Choice choice) {
			return choice(choice);
		}
		if (node instanceof RegexSyntax.Repetition repetition) {
			return repetition(info(repetition.repeated()), repetition.min(), repetition.max());
		}
		if (node instanceof RegexSyntax.Group group && group.flags().isEmpty()) {
			return info(group.inner());
		}
		if (node instanceof RegexSyntax.Group || node instanceof RegexSyntax.SetFlags) {
			throw new UnsupportedOperationException("flags");
		}
		return Info.UNKNOWN; // any character, or a Unicode class
	}

	private static Info choice(RegexSyntax.Choice choice) {
		List<Info> choices = choice.alternatives().stream().map(RequiredLiterals::info).toList();
		Set<String> union = new LinkedHashSet<>();
		boolean exact = true;
		for (Info alternative : choices) {
			if (alternative.exact() == null) {
				exact = false;
				break;
			}
			union.addAll(alternative.exact());
		}
		if (exact && union.size() <= MAX_EXACT) {
			return Info.exactly(union);
		}
		Set<String> prefixes = new LinkedHashSet<>();
		for (Info alternative : choices) {
			Set<String> starts = alternative.starts();
			if (starts == null || prefixes.size() + starts.size() > MAX_STARTS) {
				prefixes = null;
				break;
			}
			prefixes.addAll(starts);
		}
		Set<String> clause = new LinkedHashSet<>();
		for (Info alternative : choices) {
			Set<String> best = alternative.best();
			if (best == null) {
				return new Info(null, List.of(), prefixes);
			}
			clause.addAll(best);
		}
		return new Info(null, List.of(clause), prefixes);
	}

	private static Info sequence(RegexSyntax.Sequence sequence) {
		List<Set<String>> clauses = new ArrayList<>();
		Set<String> run = EMPTY;
		Set<String> prefixes = null;
		boolean allExact = true;
		for (RegexSyntax.Item part : sequence.items()) {
			Info item = info(part.node());
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

	/** {@code item} from {@code min} to {@code max} times, -1 for no limit. */
	private static Info repetition(Info item, int min, int max) {
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

	private static Info literal(int c) {
		return Info.exactly(Set.of(literalString(c)));
	}

	private static String literalString(int c) {
		return (c < Character.MIN_SUPPLEMENTARY_CODE_POINT) ? String.valueOf(fold((char) c))
				: new String(Character.toChars(c));
	}

	/** A bracketed class: exact when it is a short list of characters, else unknown. */
	private static Info characterClass(RegexSyntax.CharacterClass characterClass) {
		if (characterClass.negated()) {
			return Info.UNKNOWN;
		}
		Set<String> members = new LinkedHashSet<>();
		for (RegexSyntax.ClassItem item : characterClass.items()) {
			if (item instanceof RegexSyntax.Range range && range.to() - range.from() + 1 <= MAX_CLASS) {
				for (int k = range.from(); k <= range.to(); k++) {
					members.add(literalString(k));
				}
			}
			else if (item instanceof RegexSyntax.PerlItem perl && perl.letter() == 'd') {
				members.add(literalString('0'));
			}
			else {
				return Info.UNKNOWN; // a wide range, or a class of letters, spaces or the
										// like
			}
		}
		return (members.size() > MAX_CLASS) ? Info.UNKNOWN : Info.exactly(members);
	}

}
