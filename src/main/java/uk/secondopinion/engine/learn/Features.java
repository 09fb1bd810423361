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
 * found. Training and checking use exactly this, so a model always sees drafts the way it
 * was trained.
 */
public final class Features {

	private Features() {
	}

	/**
	 * Feature counts for the part of {@code text} from {@code from} to {@code to}
	 * (normalised offsets).
	 */
	public static Map<String, Integer> extract(AnalysedText text, List<Hit> hits, int from, int to) {
		Map<String, Integer> features = new HashMap<>();
		String previous = null;
		List<Token> tokens = text.tokens();
		for (int t = firstTokenFrom(tokens, from); t < tokens.size() && tokens.get(t).end() <= to; t++) {
			Token token = tokens.get(t);
			String word = token.text();
			features.merge("w:" + word, 1, Integer::sum);
			if (previous != null) {
				features.merge("b:" + previous + "_" + word, 1, Integer::sum);
			}
			previous = word;
		}
		for (Hit hit : hits) {
			if (hit.start() >= from && hit.start() < to) {
				features.merge("c:" + hit.concept(), 1, Integer::sum);
			}
		}

		return features;
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
