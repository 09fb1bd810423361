package uk.secondopinion.engine.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A post's TF-IDF weighted, L2-normalised features as parallel index and value arrays.
 */
record SparseRow(int[] indices, double[] values) {

	/**
	 * Weighted exactly as {@link LearnedModel#probabilities} weights features at check
	 * time.
	 */
	static SparseRow of(Map<String, Integer> counts, Map<String, Integer> index, double[] idf) {
		List<int[]> kept = new ArrayList<>();
		for (Map.Entry<String, Integer> entry : counts.entrySet()) {
			Integer f = index.get(entry.getKey());
			if (f != null) {
				kept.add(new int[] { f, entry.getValue() });
			}
		}
		kept.sort((a, b) -> Integer.compare(a[0], b[0]));
		int[] indices = new int[kept.size()];
		double[] values = new double[kept.size()];
		double norm = 0;
		for (int k = 0; k < indices.length; k++) {
			indices[k] = kept.get(k)[0];
			values[k] = (1 + Math.log(kept.get(k)[1])) * idf[indices[k]];
			norm += values[k] * values[k];
		}
		norm = Math.sqrt(norm);
		for (int k = 0; k < values.length && norm > 0; k++) {
			values[k] /= norm;
		}
		return new SparseRow(indices, values);
	}

	double dot(double[] weights) {
		double sum = 0;
		for (int k = 0; k < this.indices.length; k++) {
			sum += weights[this.indices[k]] * this.values[k];
		}
		return sum;
	}

}
