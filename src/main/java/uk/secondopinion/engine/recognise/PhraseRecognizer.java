package uk.secondopinion.engine.recognise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.secondopinion.engine.rules.Concept;
import uk.secondopinion.engine.rules.PhraseSyntax;
import uk.secondopinion.engine.text.AnalysedText;

/**
 * Finds the phrases of every concept in a trie (a double array, so each character costs
 * two array reads), keeping matches that start and end on word boundaries (or, for a
 * phrase ending in {@code *}, run on to the end of the word).
 * <p>
 * A phrase can only start on a word boundary, so the trie is walked from each such place
 * as far as the text follows it, rather than run as an Aho–Corasick automaton over every
 * character: that would also find every phrase inside a longer word ("ass" in "class")
 * only to throw it away, and those were most of its matches.
 */
public final class PhraseRecognizer implements Recognizer {

	private record Entry(String concept, boolean prefix, String replacement) {

	}

	private final Trie trie;

	private final boolean empty;

	public PhraseRecognizer(List<Concept> concepts) {
		Map<String, List<Entry>> byPhrase = new LinkedHashMap<>();
		for (Concept concept : concepts) {
			for (String phrase : concept.phrases()) {
				for (PhraseSyntax.Expansion expansion : PhraseSyntax.expand(phrase)) {
					byPhrase.computeIfAbsent(expansion.text(), (key) -> new ArrayList<>(1))
						.add(new Entry(concept.id(), expansion.prefix(), expansion.replacement()));
				}
			}
		}
		this.trie = new Trie(byPhrase);
		this.empty = byPhrase.isEmpty();
	}

	@Override
	public void recognise(AnalysedText analysed, List<Hit> hits) {
		if (this.empty) {
			return;
		}
		String text = analysed.text();
		for (int start = 0; start < text.length(); start++) {
			if (startsOnBoundary(text, start)) {
				matchFrom(text, start, hits);
			}
		}
	}

	/** Every phrase starting at {@code start}, shortest first. */
	private void matchFrom(String text, int start, List<Hit> hits) {
		int state = Trie.ROOT;
		for (int end = start + 1; end <= text.length(); end++) {
			state = this.trie.next(state, text.charAt(end - 1));
			if (state < 0) {
				return;
			}
			List<Entry> entries = this.trie.phraseEndingAt(state);
			if (entries != null) {
				found(text, start, end, entries, hits);
			}
		}
	}

	private static void found(String text, int start, int end, List<Entry> entries, List<Hit> hits) {
		for (Entry entry : entries) {
			int hitEnd = end;
			if (entry.prefix()) {
				while (hitEnd < text.length() && Character.isLetter(text.charAt(hitEnd))) {
					hitEnd++;
				}
			}
			else if (!endsOnBoundary(text, end)) {
				continue;
			}
			hits.add(new Hit(entry.concept(), start, hitEnd, entry.replacement()));
		}
	}

	private static boolean startsOnBoundary(String text, int start) {
		return start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1))
				|| !Character.isLetterOrDigit(text.charAt(start));
	}

	private static boolean endsOnBoundary(String text, int end) {
		return end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
				|| !Character.isLetterOrDigit(text.charAt(end - 1));
	}

	/**
	 * The phrases' trie as a double array, read one transition at a time from the root.
	 * The library builds it ({@link BuiltTrie}); it is then laid out again with each
	 * state's base and check side by side. The trie has several hundred thousand states,
	 * many times a processor's nearest caches, and a walk reads states far apart, so a
	 * transition now reads one place rather than three (base, check and phrase, each in
	 * an array of its own). A state is reached by one string only, so the phrase that
	 * string is, if any, is kept by state, and a bit of the check says whether there is
	 * one, so that the phrases are read only then.
	 */
	private static final class Trie {

		static final int ROOT = 0;

		private static final int ENDS_PHRASE = 1 << 31;

		/** The base of state {@code i} at {@code 2 * i}, its check after it. */
		private final int[] cells;

		private final List<Entry>[] byEndState;

		@SuppressWarnings("unchecked")
		Trie(Map<String, List<Entry>> byPhrase) {
			BuiltTrie<List<Entry>> built = new BuiltTrie<>(byPhrase);
			int states = built.statesInUse();
			this.cells = new int[2 * states];
			for (int state = 0; state < states; state++) {
				this.cells[2 * state] = built.base(state);
				this.cells[2 * state + 1] = built.check(state);
			}
			this.byEndState = new List[states];
			byPhrase.forEach((phrase, entries) -> {
				int state = ROOT;
				for (int i = 0; i < phrase.length(); i++) {
					state = next(state, phrase.charAt(i));
				}
				this.byEndState[state] = entries;
				this.cells[2 * state + 1] |= ENDS_PHRASE;
			});
		}

		/**
		 * The state after {@code c} from {@code state}, or -1 when no phrase goes on so.
		 */
		int next(int state, char c) {
			int base = this.cells[2 * state];
			int next = base + c + 1;
			return (next >= 0 && next < this.byEndState.length && (this.cells[2 * next + 1] & ~ENDS_PHRASE) == base)
					? next : -1;
		}

		/** The entries of the phrase whose last character leads to {@code state}. */
		List<Entry> phraseEndingAt(int state) {
			return ((this.cells[2 * state + 1] & ENDS_PHRASE) != 0) ? this.byEndState[state] : null;
		}

	}

}
