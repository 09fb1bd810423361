package uk.secondopinion.engine.learn;

import java.util.List;
import java.util.Map;

import uk.secondopinion.engine.Category;

/**
 * A logistic-regression model per category over TF-IDF weighted {@link Features}, with
 * the probability at which each category is raised. Trained by {@code ClassifierTrainer}
 * from our own labelled example posts; see {@code docs/evaluation.md}. Checks read it
 * through {@link FeatureWeights}, which gives the same probabilities faster.
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
		double[][] rows = new double[counts.size()][];
		double[] values = new double[counts.size()];
		int k = 0;
		for (Map.Entry<String, Integer> entry : counts.entrySet()) {
			double[] row = this.features.get(entry.getKey());
			if (row != null) {
				rows[k] = row;
				values[k++] = value(entry.getValue(), row[0]);
			}
		}
		return logistic(this.bias, values, k, (feature, category) -> rows[feature][category + 1]);
	}

	/** A feature's weight before scaling: its TF-IDF. */
	static double value(int count, double inverseDocumentFrequency) {
		return (1 + Math.log(count)) * inverseDocumentFrequency;
	}

	/**
	 * The first {@code count} of {@code values}, scaled together to unit length, each
	 * times its weights, added to {@code bias}; then the logistic function of each sum.
	 */
	static double[] logistic(double[] bias, double[] values, int count, Weights weights) {
		double norm = 0;
		for (int i = 0; i < count; i++) {
			norm += values[i] * values[i];
		}
		double[] z = bias.clone();
		if (norm > 0) {
			norm = Math.sqrt(norm);
			for (int i = 0; i < count; i++) {
				for (int c = 0; c < z.length; c++) {
					z[c] += weights.weight(i, c) * values[i] / norm;
				}
			}
		}
		double[] p = new double[z.length];
		for (int c = 0; c < z.length; c++) {
			p[c] = 1 / (1 + Math.exp(-z[c]));
		}
		return p;
	}

	/** The weight for a category of the {@code feature}th value given. */
	@FunctionalInterface
	interface Weights {

		double weight(int feature, int category);

	}

}
