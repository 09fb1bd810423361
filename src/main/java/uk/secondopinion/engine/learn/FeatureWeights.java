package uk.secondopinion.engine.learn;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import uk.secondopinion.engine.recognise.Hit;
import uk.secondopinion.engine.text.AnalysedText;

/**
 * A {@link LearnedModel} laid out for checking drafts. The model's map from feature names
 * to weights is some 20,000 strings and as many arrays, scattered over the heap, and
 * scoring a draft built a name for every word and pair of words to look up. Here a
 * feature is found by its {@link FeatureFingerprint} in one open-addressed table, and its
 * inverse document frequency and weights lie side by side in one array, so a feature
 * costs a probe and a row, and a check builds no strings. The probabilities are those
 * {@link LearnedModel#probabilities} gives (FeatureWeightsTest).
 */
final class FeatureWeights {

	private final double[] bias;

	/** Each row: the inverse document frequency, then a weight per category. */
	private final double[] rows;

	private final int rowLength;

	/**
	 * The table: per slot, a fingerprint and its row plus one (0: an empty slot), side by
	 * side, so that a probe reads one place.
	 */
	private final long[] slots;

	private final int mask;

	private FeatureWeights(LearnedModel model) {
		this.bias = model.bias().clone();
		this.rowLength = model.categories().size() + 1;
		int features = model.features().size();
		// at most half full, so a probe seldom goes past its first slot
		int slots = Integer.highestOneBit(Math.max(1, features) * 4 - 1);
		this.mask = slots - 1;
		this.slots = new long[2 * slots];
		this.rows = new double[features * this.rowLength];
		int row = 0;
		for (Map.Entry<String, double[]> feature : model.features().entrySet()) {
			if (feature.getValue().length != this.rowLength) {
				throw new IllegalArgumentException("Feature " + feature.getKey() + " has " + feature.getValue().length
						+ " numbers, not " + this.rowLength);
			}
			long fingerprint = FeatureFingerprint.of(feature.getKey());
			int slot = slotOf(fingerprint);
			if (this.slots[2 * slot + 1] != 0) {
				throw new IllegalArgumentException("Features " + feature.getKey() + " and another share a fingerprint");
			}
			this.slots[2 * slot] = fingerprint;
			this.slots[2 * slot + 1] = row + 1;
			System.arraycopy(feature.getValue(), 0, this.rows, row * this.rowLength, this.rowLength);
			row++;
		}
	}

	static FeatureWeights of(LearnedModel model) {
		return new FeatureWeights(model);
	}

	/**
	 * The probability, per category in the model's order, that the part of {@code text}
	 * from {@code from} to {@code to} (normalised offsets) shows that risk.
	 */
	double[] probabilities(AnalysedText text, List<Hit> hits, int from, int to) {
		IntStream.Builder found = IntStream.builder();
		Features.walk(text, hits, from, to, (kind, first, second) -> {
			int row = rowOf(FeatureFingerprint.of(kind, first, second));
			if (row >= 0) {
				found.add(row);
			}
		});
		// each distinct row once, with how often it occurs
		int[] sorted = found.build().sorted().toArray();
		int[] distinct = new int[sorted.length];
		double[] values = new double[sorted.length];
		int count = 0;
		for (int i = 0; i < sorted.length;) {
			int run = i;
			while (run < sorted.length && sorted[run] == sorted[i]) {
				run++;
			}
			distinct[count] = sorted[i];
			values[count++] = LearnedModel.value(run - i, this.rows[sorted[i] * this.rowLength]);
			i = run;
		}
		return LearnedModel.logistic(this.bias, values, count,
				(feature, category) -> this.rows[distinct[feature] * this.rowLength + category + 1]);
	}

	/** The row of the feature with this fingerprint, or -1 if the model has none. */
	private int rowOf(long fingerprint) {
		return (int) this.slots[2 * slotOf(fingerprint) + 1] - 1;
	}

	/**
	 * The slot holding this fingerprint or, if none does, the empty slot where it would
	 * go.
	 */
	private int slotOf(long fingerprint) {
		int slot = (int) fingerprint & this.mask;
		while (this.slots[2 * slot + 1] != 0 && this.slots[2 * slot] != fingerprint) {
			slot = (slot + 1) & this.mask;
		}
		return slot;
	}

}
