package uk.secondopinion.engine.recognise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

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

	private final Trie trie = new Trie();

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
		this.trie.build(byPhrase);
		this.trie.indexByEndState(byPhrase);
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
	 * The phrases' double-array trie, read one transition at a time from the root. A
	 * state of the trie is reached by one string only, so the phrase that string is, if
	 * any, is kept by state.
	 */
	private static final class Trie extends AhoCorasickDoubleArrayTrie<List<Entry>> {

		static final int ROOT = 0;

		private List<Entry>[] byEndState;

		/**
		 * The state after {@code c} from {@code state}, or -1 when no phrase goes on so.
		 */
		int next(int state, char c) {
			int base = this.base[state];
			int next = base + c + 1;
			return (next >= 0 && next < this.check.length && this.check[next] == base) ? next : -1;
		}

		@SuppressWarnings("unchecked")
		void indexByEndState(Map<String, List<Entry>> byPhrase) {
			this.byEndState = new List[this.check.length];
			byPhrase.forEach((phrase, entries) -> {
				int state = ROOT;
				for (int i = 0; i < phrase.length(); i++) {
					state = next(state, phrase.charAt(i));
				}
				this.byEndState[state] = entries;
			});
		}

		/** The entries of the phrase whose last character leads to {@code state}. */
		List<Entry> phraseEndingAt(int state) {
			return this.byEndState[state];
		}

	}

}
