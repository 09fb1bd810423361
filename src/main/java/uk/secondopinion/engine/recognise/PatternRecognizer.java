package uk.secondopinion.engine.recognise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

import uk.secondopinion.engine.rules.Concept;
import uk.secondopinion.engine.rules.PatternSpec;
import uk.secondopinion.engine.text.AnalysedText;
import uk.secondopinion.engine.text.NormalizedText;
import uk.secondopinion.engine.text.Span;

/**
 * Finds the patterns of every concept with RE2/J, whose matching time grows linearly with
 * the text whatever the pattern, and keeps matches that pass the pattern's validator.
 * <p>
 * Running every pattern over every draft is most of the engine's time, though most
 * patterns cannot match most drafts. So each pattern's {@link RequiredLiterals} are
 * looked for first, all in one Aho–Corasick pass, and a pattern runs only on a draft that
 * holds one of the strings of each of its clauses. Where every match of a pattern starts
 * with one of a few strings, the same pass finds where those occur, and the pattern is
 * tried only there, anchored, rather than searched for across the whole draft. Either way
 * the hits are those of a plain search for every match in turn.
 */
public final class PatternRecognizer implements Recognizer {

	/**
	 * A pattern as written, and the same anchored to the start of the text, alone and
	 * after one character of context, for trying it at one place; in those two the whole
	 * pattern is group 1, so its groups are numbered one higher.
	 */
	private record CompiledPattern(String concept, Pattern pattern, Pattern atStart, Pattern afterOne, int group,
			Validator validator, int clauses, boolean tryAtStarts, PatternShape shape, MatchAlphabet alphabet) {

		/** Whether only the runs of its alphabet holding every clause need trying. */
		boolean inRuns() {
			return this.alphabet != null && this.clauses > 0;
		}

	}

	/**
	 * What an occurrence of a literal tells: which clauses of which patterns it satisfies
	 * ({@code clauses[i]} of pattern {@code satisfies[i]}, as bits). Its {@code id}
	 * numbers it among all the literals, for recording where it occurs.
	 */
	private record Literal(int id, int[] satisfies, long[] clauses) {

	}

	private final List<CompiledPattern> patterns = new ArrayList<>();

	private final LiteralAutomaton<Literal> literals;

	/**
	 * For each pattern, the ids of the literals a match could start with, and of each
	 * clause's literals. The literal pass records only where each literal occurs, once
	 * per occurrence whatever the number of patterns sharing it; where a pattern's
	 * matches could start, and where its clauses' literals lie, are gathered from those
	 * records only for the few patterns whose every clause the draft satisfies.
	 */
	private final int[][] startLiterals;

	private final int[][][] clauseLiterals;

	/**
	 * Each thread's record of occurrences, cleared for each draft. A fresh one per draft
	 * would zero an array as long as the list of literals (several thousand), which cost
	 * more than recording what a short draft holds.
	 */
	private final ThreadLocal<Occurrences> occurrences;

	public PatternRecognizer(List<Concept> concepts) {
		Map<String, Map<Integer, Long>> clausesByLiteral = new LinkedHashMap<>();
		List<Set<String>> startsByPattern = new ArrayList<>();
		List<List<Set<String>>> clausesByPattern = new ArrayList<>();
		for (Concept concept : concepts) {
			for (PatternSpec spec : concept.patterns()) {
				Pattern pattern = Pattern.compile(spec.regex());
				if (spec.group() > pattern.groupCount()) {
					throw new IllegalArgumentException(
							"Concept " + concept.id() + " names group " + spec.group() + " of " + spec.regex());
				}
				MatchAlphabet alphabet = MatchAlphabet.of(spec.regex());
				// what a run must hold: the edges of a match may lie just outside it
				List<Set<String>> telling = RequiredLiterals.of((alphabet != null) ? alphabet.core() : spec.regex())
					.stream()
					.filter(PatternRecognizer::isTelling)
					.toList();
				// one bit per clause
				List<Set<String>> clauses = telling.subList(0, Math.min(telling.size(), Long.SIZE));
				Set<String> starts = RequiredLiterals.startsOf(spec.regex());
				int index = this.patterns.size();
				for (int clause = 0; clause < clauses.size(); clause++) {
					for (String literal : clauses.get(clause)) {
						clausesByLiteral.computeIfAbsent(literal, (key) -> new LinkedHashMap<>())
							.merge(index, 1L << clause, (a, b) -> a | b);
					}
				}
				startsByPattern.add(starts);
				clausesByPattern.add(clauses);
				this.patterns.add(new CompiledPattern(concept.id(), pattern, Pattern.compile("^(" + spec.regex() + ")"),
						Pattern.compile("^(?s:.)(" + spec.regex() + ")"), spec.group(),
						Validator.named(spec.validator()), clauses.size(), !starts.isEmpty(),
						PatternShape.of(spec.regex()), alphabet));
			}
		}
		Map<String, Literal> byLiteral = new LinkedHashMap<>();
		Set<String> all = new LinkedHashSet<>(clausesByLiteral.keySet());
		startsByPattern.forEach(all::addAll);
		for (String literal : all) {
			Map<Integer, Long> satisfied = clausesByLiteral.getOrDefault(literal, Map.of());
			byLiteral.put(literal,
					new Literal(byLiteral.size(), satisfied.keySet().stream().mapToInt(Integer::intValue).toArray(),
							satisfied.values().stream().mapToLong(Long::longValue).toArray()));
		}
		this.literals = new LiteralAutomaton<>(byLiteral);
		int literalCount = byLiteral.size();
		int patternCount = this.patterns.size();
		this.occurrences = ThreadLocal.withInitial(() -> new Occurrences(patternCount, literalCount));
		this.startLiterals = new int[patternCount][];
		this.clauseLiterals = new int[patternCount][][];
		for (int i = 0; i < patternCount; i++) {
			this.startLiterals[i] = ids(startsByPattern.get(i), byLiteral);
			List<Set<String>> clauses = clausesByPattern.get(i);
			this.clauseLiterals[i] = new int[clauses.size()][];
			for (int clause = 0; clause < clauses.size(); clause++) {
				this.clauseLiterals[i][clause] = ids(clauses.get(clause), byLiteral);
			}
		}
	}

	private static int[] ids(Set<String> literals, Map<String, Literal> byLiteral) {
		return literals.stream().mapToInt((literal) -> byLiteral.get(literal).id()).toArray();
	}

	/**
	 * Whether a draft's holding a literal of {@code clause} tells anything: a clause met
	 * by a single letter or space, met by nearly every draft, would only cost a mark at
	 * every occurrence.
	 */
	private static boolean isTelling(Set<String> clause) {
		return clause.stream()
			.noneMatch((literal) -> literal.length() == 1
					&& (Character.isLetter(literal.charAt(0)) || Character.isWhitespace(literal.charAt(0))));
	}

	@Override
	public void recognise(AnalysedText analysed, List<Hit> hits) {
		String text = analysed.text();
		if (text.isEmpty()) {
			return; // no match is empty, so none is kept
		}
		Occurrences found = this.occurrences.get();
		found.clear();
		// in the folded text, offset 0 is the text-start marker and offset i + 1 is
		// character i; the end marker is counted with the last character
		this.literals.find(RequiredLiterals.fold(text), (start, end, literal) -> {
			found.add(literal, Math.min(Math.max(0, start - 1), text.length() - 1));
		});
		CapitalLetters capitals = null;
		for (int index = 0; index < this.patterns.size(); index++) {
			CompiledPattern compiled = this.patterns.get(index);
			if (!found.allSatisfied(index, compiled.clauses())) {
				continue;
			}
			// null where the validator takes matches without a capital, so none is needed
			CapitalLetters needed = null;
			if (compiled.validator().needsCapital()) {
				capitals = (capitals != null) ? capitals : CapitalLetters.of(analysed.normalized());
				needed = capitals;
			}
			int[] runs = compiled.inRuns() ? found.runs(this.clauseLiterals[index], text, compiled) : null;
			if (compiled.tryAtStarts()) {
				matchAtStarts(compiled, analysed, found.starts(this.startLiterals[index]), runs, needed, hits);
			}
			else if (runs == null) {
				search(compiled, analysed, 0, text.length(), needed, hits);
			}
			else {
				for (int run = 0; run < runs.length; run += 2) {
					// with a character of context either side, for \b
					search(compiled, analysed, Math.max(0, runs[run] - 1), Math.min(text.length(), runs[run + 1] + 1),
							needed, hits);
				}
			}
		}
	}

	/**
	 * Every match a search finds between {@code from} and {@code to}. When that is a run
	 * of the pattern's alphabet with a character either side, which no match can hold,
	 * the matches are those a search of the whole text finds in the run: {@code ^} and
	 * {@code $} hold at the window's ends as they do not in the text, but a match there
	 * would have to hold the character outside the run. Not at all if {@code needed} is
	 * given and the window holds no capital.
	 */
	private static void search(CompiledPattern compiled, AnalysedText analysed, int from, int to, CapitalLetters needed,
			List<Hit> hits) {
		if (needed != null && !needed.anyBetween(from, to)) {
			return;
		}
		Window window = new Window(analysed.text(), from, to);
		Matcher matcher = compiled.pattern().matcher(window);
		int position = 0;
		while (position <= window.length() && matcher.find(position)) {
			boolean kept = accept(compiled, analysed, from + matcher.start(compiled.group()),
					from + matcher.end(compiled.group()), hits);
			position = kept ? Math.max(matcher.end(), matcher.start() + 1) : matcher.start() + 1;
		}
	}

	/**
	 * The matches a search from the start would find, given every place a match could
	 * start and, if not null, the runs a match must lie in: at each place in turn that is
	 * not inside the previous match, the match anchored there, if any. With
	 * {@code needed}, only where a capital follows within reach of a match.
	 */
	private static void matchAtStarts(CompiledPattern compiled, AnalysedText analysed, int[] starts, int[] runs,
			CapitalLetters needed, List<Hit> hits) {
		String text = analysed.text();
		PatternShape shape = compiled.shape();
		int searchFrom = 0;
		int run = 0;
		for (int start : starts) {
			if (start < searchFrom || (shape.atWordBoundary() && !PatternShape.isWordBoundary(text, start))) {
				continue;
			}
			int to = text.length();
			if (runs != null) {
				while (run < runs.length && runs[run + 1] <= start) {
					run += 2;
				}
				if (run == runs.length) {
					return;
				}
				// a match's first character, if an edge, may lie just before its run
				if (start < runs[run] - 1) {
					continue;
				}
				to = Math.min(to, runs[run + 1] + 1);
			}
			if (needed != null && !needed.anyBetween(start, to)) {
				continue;
			}
			// From one character before, so that \b and ^ see what precedes the match.
			int from = (start == 0) ? 0 : start - 1;
			Matcher matcher = ((start == 0) ? compiled.atStart() : compiled.afterOne())
				.matcher(new Window(text, from, to));
			if (!matcher.lookingAt()) {
				continue;
			}
			// Asking for a group's bounds runs the pattern again, so avoid it when the
			// group is the whole match.
			int end = from + matcher.end();
			boolean kept;
			if (shape.isWhole(compiled.group())) {
				kept = accept(compiled, analysed, start, end, hits);
			}
			else {
				kept = matcher.start(compiled.group() + 1) >= 0 && accept(compiled, analysed,
						from + matcher.start(compiled.group() + 1), from + matcher.end(compiled.group() + 1), hits);
			}
			// as a search does, go on from the end of a match kept, or past an empty one
			searchFrom = kept ? Math.max(end, start + 1) : start + 1;
		}
	}

	/**
	 * Adds the hit a match makes, if its validator keeps any of it, and says whether it
	 * did. A match the validator refuses takes no text from the matches after it: in "mum
	 * of three at Stepping Hill", "of three" is not a place, and "at Stepping Hill",
	 * which starts inside it, still is.
	 */
	private static boolean accept(CompiledPattern compiled, AnalysedText analysed, int start, int end, List<Hit> hits) {
		if (start < 0 || end <= start) {
			return false;
		}
		String text = analysed.text();
		int kept = compiled.validator()
			.accept(text.substring(start, end), originalOf(analysed.normalized(), start, end));
		if (kept > 0) {
			hits.add(new Hit(compiled.concept(), start, start + kept, null));
		}
		return kept > 0;
	}

	private static String originalOf(NormalizedText normalized, int start, int end) {
		Span span = normalized.toOriginal(start, end);
		return normalized.original().substring(span.start(), span.end());
	}

	/**
	 * Which clauses of each pattern a draft satisfies, one bit per clause, and where each
	 * literal occurs, from which the places a pattern's match could start, and the runs
	 * its clauses' literals lie in, are read for the patterns that are tried.
	 */
	private static final class Occurrences {

		private static final int[] NONE = {};

		/** Bits of a mark holding the clause; the rest hold the offset. */
		private static final int CLAUSE_BITS = 6;

		/** Occurrences a thread's lists keep room for between drafts. */
		private static final int KEPT_CAPACITY = 4096;

		private final long[] satisfied;

		/**
		 * Each literal's occurrences as a list through {@code next}, latest first:
		 * {@code last[literal]} is one more than the index in {@code offsets} of its
		 * latest occurrence (0: none), {@code next[i]} likewise for the one before.
		 */
		private final int[] last;

		private int[] offsets = new int[32];

		private int[] next = new int[32];

		private int[] literals = new int[32];

		private int count;

		Occurrences(int patterns, int literals) {
			this.satisfied = new long[patterns];
			this.last = new int[literals];
		}

		/** Forgets the last draft's occurrences, touching only what it recorded. */
		void clear() {
			Arrays.fill(this.satisfied, 0);
			for (int i = 0; i < this.count; i++) {
				this.last[this.literals[i]] = 0;
			}
			this.count = 0;
			if (this.offsets.length > KEPT_CAPACITY) {
				// a long draft's lists are not kept for ever by every request thread
				this.offsets = new int[32];
				this.next = new int[32];
				this.literals = new int[32];
			}
		}

		void add(Literal literal, int start) {
			int[] satisfies = literal.satisfies();
			for (int i = 0; i < satisfies.length; i++) {
				this.satisfied[satisfies[i]] |= literal.clauses()[i];
			}
			if (this.count == this.offsets.length) {
				this.offsets = Arrays.copyOf(this.offsets, this.count * 2);
				this.next = Arrays.copyOf(this.next, this.count * 2);
				this.literals = Arrays.copyOf(this.literals, this.count * 2);
			}
			this.offsets[this.count] = start;
			this.literals[this.count] = literal.id();
			this.next[this.count] = this.last[literal.id()];
			this.count++;
			this.last[literal.id()] = this.count;
		}

		boolean allSatisfied(int pattern, int clauses) {
			return clauses == 0 || this.satisfied[pattern] == all(clauses);
		}

		private static long all(int clauses) {
			return (clauses == Long.SIZE) ? -1L : (1L << clauses) - 1;
		}

		/**
		 * Where a match could start, given the literals it starts with: in order, each
		 * once.
		 */
		int[] starts(int[] literals) {
			int found = occurrencesOf(literals);
			if (found == 0) {
				return NONE;
			}
			int[] sorted = new int[found];
			int at = 0;
			for (int literal : literals) {
				for (int i = this.last[literal]; i != 0; i = this.next[i - 1]) {
					sorted[at++] = this.offsets[i - 1];
				}
			}
			Arrays.sort(sorted);
			int distinct = 1;
			for (int i = 1; i < found; i++) {
				if (sorted[i] != sorted[distinct - 1]) {
					sorted[distinct++] = sorted[i];
				}
			}
			return Arrays.copyOf(sorted, distinct);
		}

		/**
		 * The runs of the pattern's alphabet that hold a literal of every clause, as
		 * start and end offsets in order: every match lies in one of them.
		 */
		int[] runs(int[][] clauseLiterals, String text, CompiledPattern compiled) {
			MatchAlphabet alphabet = compiled.alphabet();
			long all = all(compiled.clauses());
			long[] sorted = marks(clauseLiterals);
			int[] runs = new int[8];
			int count = 0;
			int runStart = 0;
			int runEnd = 0;
			long clauses = 0;
			for (long mark : sorted) {
				int at = (int) (mark >>> CLAUSE_BITS);
				if (at >= runEnd) {
					if (!alphabet.mayContain(text.charAt(at))) {
						continue; // a literal no match holds, such as a digit read as 0
					}
					if (clauses == all) {
						runs = add(runs, count, runStart, runEnd);
						count += 2;
					}
					runStart = at;
					while (runStart > 0 && alphabet.mayContain(text.charAt(runStart - 1))) {
						runStart--;
					}
					runEnd = at + 1;
					while (runEnd < text.length() && alphabet.mayContain(text.charAt(runEnd))) {
						runEnd++;
					}
					clauses = 0;
				}
				clauses |= 1L << (mark & ((1 << CLAUSE_BITS) - 1));
			}
			if (clauses == all) {
				runs = add(runs, count, runStart, runEnd);
				count += 2;
			}
			return Arrays.copyOf(runs, count);
		}

		/** Where each clause's literals occur, as offset and clause, in order. */
		private long[] marks(int[][] clauseLiterals) {
			int found = 0;
			for (int[] literals : clauseLiterals) {
				found += occurrencesOf(literals);
			}
			long[] marks = new long[found];
			int at = 0;
			for (int clause = 0; clause < clauseLiterals.length; clause++) {
				for (int literal : clauseLiterals[clause]) {
					for (int i = this.last[literal]; i != 0; i = this.next[i - 1]) {
						marks[at++] = ((long) this.offsets[i - 1] << CLAUSE_BITS) | clause;
					}
				}
			}
			Arrays.sort(marks);
			return marks;
		}

		/** How many times these literals occur in all. */
		private int occurrencesOf(int[] literals) {
			int found = 0;
			for (int literal : literals) {
				for (int i = this.last[literal]; i != 0; i = this.next[i - 1]) {
					found++;
				}
			}
			return found;
		}

		private static int[] add(int[] runs, int count, int start, int end) {
			int[] list = (count == runs.length) ? Arrays.copyOf(runs, count * 2) : runs;
			list[count] = start;
			list[count + 1] = end;
			return list;
		}

	}

	/** Part of a text, without copying it. */
	private record Window(String text, int from, int to) implements CharSequence {

		@Override
		public int length() {
			return this.to - this.from;
		}

		@Override
		public char charAt(int index) {
			return this.text.charAt(this.from + index);
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			return this.text.subSequence(this.from + start, this.from + end);
		}

		@Override
		public String toString() {
			return this.text.substring(this.from, this.to);
		}

	}

}
