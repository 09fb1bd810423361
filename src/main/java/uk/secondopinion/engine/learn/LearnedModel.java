package uk.secondopinion.engine.learn;

import java.util.List;
import java.util.Map;

import uk.secondopinion.engine.Category;

/**
 * A logistic-regression model per category over TF-IDF weighted {@link Features}, with
 * the probability at which each category is raised. Trained by {@code ClassifierTrainer}
 * from our own labelled example posts; see {@code docs/evaluation.md}.
 *
 * @param version identifies the training run, stored with each check like the rule-set
 * version
 * @param categories the categories in the order of every array below
 * @param bias each category's intercept
 * @param threshold the probability at or above which each category is raised
 * @param features each feature's inverse document frequency followed by its weight per
 * category
 */
public record LearnedModel(String version, List<Category> categories, double[] bias, double[] threshold,
		Map<String, double[]> features) {

	/**
	 * The probability, per category in {@link #categories()} order, that the features
	 * show that risk.
	 */
	public double[] probabilities(Map<String, Integer> counts) {
		int n = this.categories.size();
		double[] z = this.bias.clone();
		double norm = 0;
		double[][] rows = new double[counts.size()][];
		double[] values = new double[counts.size()];
		int k = 0;
		for (Map.Entry<String, Integer> entry : counts.entrySet()) {
			double[] row = this.features.get(entry.getKey());
			if (row == null) {
				continue;
			}
			double value = (1 + Math.log(entry.getValue())) * row[0];
			rows[k] = row;
			values[k++] = value;
			norm += value * value;
		}
		if (norm > 0) {
			norm = Math.sqrt(norm);
			for (int i = 0; i < k; i++) {
				for (int c = 0; c < n; c++) {
					z[c] += rows[i][c + 1] * values[i] / norm;
				}
			}
		}
		double[] p = new double[n];
		for (int c = 0; c < n; c++) {
			p[c] = 1 / (1 + Math.exp(-z[c]));
		}
		return p;
	}

}
