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
 * Finds the phrases of every concept in one pass over the draft with an Aho–Corasick
 * automaton (in a double array, so each character costs two array reads), keeping matches
 * that start and end on word boundaries (or, for a phrase ending in {@code *}, run on to
 * the end of the word).
 */
public final class PhraseRecognizer implements Recognizer {

	private record Entry(String concept, boolean prefix, String replacement) {

	}

	private final AhoCorasickDoubleArrayTrie<List<Entry>> trie = new AhoCorasickDoubleArrayTrie<>();

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
		this.empty = byPhrase.isEmpty();
	}

	@Override
	public void recognise(AnalysedText analysed, List<Hit> hits) {
		if (this.empty) {
			return;
		}
		String text = analysed.text();
		this.trie.parseText(text, (start, end, entries) -> {
			if (!startsOnBoundary(text, start)) {
				return;
			}
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
		});
	}

	private static boolean startsOnBoundary(String text, int start) {
		return start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1))
				|| !Character.isLetterOrDigit(text.charAt(start));
	}

	private static boolean endsOnBoundary(String text, int end) {
		return end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
				|| !Character.isLetterOrDigit(text.charAt(end - 1));
	}

}
