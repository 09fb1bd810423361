package uk.secondopinion.engine.learn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.secondopinion.engine.recognise.Hit;
import uk.secondopinion.engine.text.AnalysedText;
import uk.secondopinion.engine.text.Token;

/**
 * The features the learned classifier reads from a draft, or from part of it: its words
 * and pairs of words (normalised as the rules see them), the concepts the recognisers
 * found. Training and checking use exactly this walk, so a model always sees drafts the
 * way it was trained: training names each feature ({@link #extract}), checking takes each
 * one's {@link FeatureFingerprint} without building its name.
 */
public final class Features {

	/** A word: {@code w:} and the word. */
	static final char WORD = 'w';

	/** Two words in a row: {@code b:}, the first, {@code _} and the second. */
	static final char PAIR = 'b';

	/** A concept the recognisers found: {@code c:} and its id. */
	static final char CONCEPT = 'c';

	private Features() {
	}

	/** Receives each feature where it occurs, as its kind and its one or two parts. */
	@FunctionalInterface
	interface Sink {

		/** {@code second} is null except for a {@link #PAIR}. */
		void accept(char kind, String first, String second);

	}

	/**
	 * Feature counts for the part of {@code text} from {@code from} to {@code to}
	 * (normalised offsets).
	 */
	public static Map<String, Integer> extract(AnalysedText text, List<Hit> hits, int from, int to) {
		Map<String, Integer> features = new HashMap<>();
		walk(text, hits, from, to, (kind, first, second) -> features.merge(name(kind, first, second), 1, Integer::sum));
		return features;
	}

	/** The feature's name, as a model stores it. */
	static String name(char kind, String first, String second) {
		return (second != null) ? kind + ":" + first + "_" + second : kind + ":" + first;
	}

	/** Every feature of the part of {@code text} from {@code from} to {@code to}. */
	static void walk(AnalysedText text, List<Hit> hits, int from, int to, Sink sink) {
		String previous = null;
		List<Token> tokens = text.tokens();
		for (int t = firstTokenFrom(tokens, from); t < tokens.size() && tokens.get(t).end() <= to; t++) {
			String word = tokens.get(t).text();
			sink.accept(WORD, word, null);
			if (previous != null) {
				sink.accept(PAIR, previous, word);
			}
			previous = word;
		}
		for (Hit hit : hits) {
			if (hit.start() >= from && hit.start() < to) {
				sink.accept(CONCEPT, hit.concept(), null);
			}
		}
	}

	/**
	 * The index of the first token starting at or after {@code from}; tokens are in text
	 * order.
	 */
	private static int firstTokenFrom(List<Token> tokens, int from) {
		int low = 0;
		int high = tokens.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (tokens.get(middle).start() < from) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

}
