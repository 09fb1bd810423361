package uk.secondopinion.engine.learn;

import java.util.Arrays;
import java.util.List;

/**
 * Binary logistic regression fitted by full-batch gradient descent with per-coordinate
 * (AdaGrad) step sizes: deterministic, and quick enough for a few thousand short posts.
 * Classes are weighted so that the rare positive posts count as much as the negative
 * ones.
 */
final class LogisticRegression {

	private LogisticRegression() {
	}

	/** Weights for {@code featureCount} features followed by the intercept. */
	static double[] fit(List<SparseRow> rows, List<Boolean> positive, int featureCount, double l2, int iterations,
			double learningRate) {
		int positives = 0;
		for (boolean p : positive) {
			positives += p ? 1 : 0;
		}
		double[] weights = new double[featureCount + 1];
		int n = rows.size();
		if (positives == 0 || positives == n) {
			return weights;
		}
		double positiveWeight = n / (2.0 * positives);
		double negativeWeight = n / (2.0 * (n - positives));
		double[] squaredGradients = new double[featureCount + 1];
		double[] gradient = new double[featureCount + 1];
		for (int iteration = 0; iteration < iterations; iteration++) {
			Arrays.fill(gradient, 0);
			for (int i = 0; i < n; i++) {
				SparseRow row = rows.get(i);
				boolean isPositive = positive.get(i);
				double z = row.dot(weights) + weights[featureCount];
				double p = 1 / (1 + Math.exp(-z));
				double error = (p - (isPositive ? 1 : 0)) * (isPositive ? positiveWeight : negativeWeight) / n;
				int[] indices = row.indices();
				double[] values = row.values();
				for (int k = 0; k < indices.length; k++) {
					gradient[indices[k]] += error * values[k];
				}
				gradient[featureCount] += error;
			}
			for (int f = 0; f <= featureCount; f++) {
				double g = gradient[f] + ((f < featureCount) ? l2 * weights[f] : 0);
				squaredGradients[f] += g * g;
				if (squaredGradients[f] > 0) {
					weights[f] -= learningRate * g / Math.sqrt(squaredGradients[f]);
				}
			}
		}
		return weights;
	}

}
