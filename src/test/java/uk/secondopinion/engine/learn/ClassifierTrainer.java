package uk.secondopinion.engine.learn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.CheckEngine;
import uk.secondopinion.engine.Origin;
import uk.secondopinion.engine.PostContext;
import uk.secondopinion.engine.guidance.GuidanceCatalogue;
import uk.secondopinion.engine.report.Finding;
import uk.secondopinion.engine.rules.RuleSet;
import uk.secondopinion.engine.rules.RuleSetLoader;

/**
 * Trains the learned layer's model from labelled example posts and writes
 * {@code src/main/resources/learned/model.json}. Run it after changing the training posts
 * or the rules (see {@code docs/evaluation.md} for the command); the output is
 * deterministic, so an unchanged input gives an unchanged model.
 * <p>
 * For each category it fits a class-weighted, L2-regularised logistic regression on
 * TF-IDF weighted {@link Features}. Each category's threshold is chosen on out-of-fold
 * predictions to give the best F1 for what the app actually reports: the rules' findings
 * plus the model's findings where no rule raised that category.
 */
public final class ClassifierTrainer {

	static final String TRAINING_DIRECTORY = "src/test/resources/training";

	/** The rule set's files: the concepts the model reads as features, and the rules. */
	static final String RULES_DIRECTORY = "src/main/resources/rules";

	static final int FOLDS = 5;

	static final int MIN_DOCUMENT_FREQUENCY = 2;

	static final double L2 = 3e-4;

	static final int ITERATIONS = 400;

	static final double LEARNING_RATE = 0.5;

	/**
	 * Thresholds below this raise too many low-confidence findings to be worth a doctor's
	 * time.
	 */
	static final double LOWEST_THRESHOLD = 0.5;

	/**
	 * In cross-validation, at least this share of the findings the model adds must be
	 * right: a false alarm costs a busy doctor time, and too many teach them to ignore
	 * the model.
	 */
	static final double MIN_ADDED_PRECISION = 0.8;

	/** Fewer added findings than this say too little about the model's precision. */
	static final int MIN_ADDED_FINDINGS = 10;

	/** A threshold no probability reaches: the model never raises that category. */
	static final double NEVER = 1.01;

	private final List<Example> examples;

	private final List<Category> categories = List.of(Category.values());

	/**
	 * Checks with the rules and a given model, to see which model findings would survive
	 * its cues.
	 */
	private final Function<LearnedModel, CheckEngine> engineWith;

	/** A trainer for examples without text, whose model findings are never hedged. */
	ClassifierTrainer(List<Example> examples) {
		this(examples, null);
	}

	ClassifierTrainer(List<Example> examples, Function<LearnedModel, CheckEngine> engineWith) {
		this.examples = examples;
		this.engineWith = engineWith;
	}

	public static void main(String[] args) throws IOException {
		Path model = Path.of((args.length > 0) ? args[0] : "src/main/resources/learned/model.json");
		Path training = Path.of((args.length > 1) ? args[1] : TRAINING_DIRECTORY);
		GuidanceCatalogue guidance = GuidanceCatalogue.load(GuidanceCatalogue.DEFAULT_RESOURCE);
		RuleSet ruleSet = new RuleSetLoader(guidance).load(RuleSetLoader.DEFAULT_MANIFEST);
		CheckEngine rules = new CheckEngine(ruleSet, guidance, null);
		Map<Category, LearnedLayer.Explanation> explanations = LearnedLayer.explanations(guidance);
		List<Example> examples = new ArrayList<>();
		for (Path file : trainingFiles(training)) {
			examples.addAll(Example.read(file, rules));
		}
		LearnedModel trained = new ClassifierTrainer(examples,
				(candidate) -> new CheckEngine(ruleSet, guidance, new LearnedLayer(candidate, explanations)))
			.train(version(training, Path.of(RULES_DIRECTORY)));
		write(trained, model);
		System.out.printf(Locale.ROOT, "%s: %d examples, %d features, thresholds %s%n", trained.version(),
				examples.size(), trained.features().size(), Arrays.toString(trained.threshold()));
	}

	/**
	 * Writes the model as JSON with one feature a line, so that a retrained model's diff
	 * shows which features changed.
	 */
	static void write(LearnedModel model, Path file) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		StringBuilder out = new StringBuilder("{\n");
		out.append("\"version\": ").append(json.writeValueAsString(model.version())).append(",\n");
		out.append("\"categories\": ").append(json.writeValueAsString(model.categories())).append(",\n");
		out.append("\"bias\": ").append(json.writeValueAsString(model.bias())).append(",\n");
		out.append("\"threshold\": ").append(json.writeValueAsString(model.threshold())).append(",\n");
		out.append("\"features\": {");
		String separator = "\n";
		for (Map.Entry<String, double[]> feature : new TreeMap<>(model.features()).entrySet()) {
			out.append(separator)
				.append(json.writeValueAsString(feature.getKey()))
				.append(": ")
				.append(json.writeValueAsString(feature.getValue()));
			separator = ",\n";
		}
		out.append("\n}\n}\n");
		Files.writeString(file, out);
	}

	/**
	 * The labelled posts to train on: every JSON Lines file in the directory, by name.
	 */
	static List<Path> trainingFiles(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".jsonl")).sorted().toList();
		}
	}

	/**
	 * Names a model after what it was trained from, the training posts, every file of the
	 * rule set (its concepts are the model's features, and its rules decide what the
	 * model may add), the categories' clearing concepts (its thresholds are tuned with
	 * them) and the training settings, so a test can tell when the shipped model is out
	 * of date.
	 */
	static String version(Path training, Path rules) throws IOException {
		MessageDigest digest = sha256();
		for (Path file : trainingFiles(training)) {
			digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
			digest.update(Files.readAllBytes(file));
		}
		try (Stream<Path> files = Files.walk(rules)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				digest.update(rules.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
				digest.update(Files.readAllBytes(file));
			}
		}
		try (InputStream categories = ClassifierTrainer.class.getClassLoader()
			.getResourceAsStream(LearnedLayer.CATEGORIES_RESOURCE)) {
			digest.update(categories.readAllBytes());
		}
		digest
			.update(List
				.of(FOLDS, MIN_DOCUMENT_FREQUENCY, L2, ITERATIONS, LEARNING_RATE, LOWEST_THRESHOLD, MIN_ADDED_PRECISION,
						MIN_ADDED_FINDINGS)
				.toString()
				.getBytes(StandardCharsets.UTF_8));
		return "ngram-lr-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	LearnedModel train(String version) {
		int n = this.examples.size();
		double[][] outOfFold = new double[n][];
		boolean[][] flaggable = new boolean[n][];
		for (int fold = 0; fold < FOLDS; fold++) {
			List<Example> training = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				if (i % FOLDS != fold) {
					training.add(this.examples.get(i));
				}
			}
			LearnedModel model = fit(training, version, new double[this.categories.size()]);
			CheckEngine raisingEverything = (this.engineWith != null) ? this.engineWith.apply(model) : null;
			for (int i = fold; i < n; i += FOLDS) {
				outOfFold[i] = model.probabilities(this.examples.get(i).features());
				flaggable[i] = flaggable(raisingEverything, this.examples.get(i));
			}
		}
		double[] thresholds = new double[this.categories.size()];
		for (int c = 0; c < thresholds.length; c++) {
			thresholds[c] = bestThreshold(c, outOfFold, flaggable);
		}
		return fit(this.examples, version, thresholds);
	}

	/**
	 * For each category, whether the model could raise it in this example at all: with
	 * every threshold at zero, the layer still holds back where the rules raised the
	 * category, where it does not apply, and where the sentence it would flag is hedged.
	 */
	private boolean[] flaggable(CheckEngine raisingEverything, Example example) {
		boolean[] flaggable = new boolean[this.categories.size()];
		if (raisingEverything == null || example.text() == null) {
			Arrays.fill(flaggable, true);
			return flaggable;
		}
		raisingEverything.check(example.text(), example.context())
			.findings()
			.stream()
			.filter((finding) -> finding.origin() == Origin.MODEL)
			.forEach((finding) -> flaggable[this.categories.indexOf(finding.category())] = true);
		return flaggable;
	}

	/**
	 * The threshold whose out-of-fold findings, added to the rules', give the best F1,
	 * among those at which the findings the model adds are right often enough.
	 */
	private double bestThreshold(int c, double[][] probabilities, boolean[][] flaggable) {
		double best = NEVER;
		double bestF1 = -1;
		for (int step = 99; step >= LOWEST_THRESHOLD * 100; step--) {
			double threshold = step / 100.0;
			Counts counts = counts(c, probabilities, flaggable, threshold);
			if (counts.added >= MIN_ADDED_FINDINGS && counts.addedPrecision() >= MIN_ADDED_PRECISION
					&& counts.f1() > bestF1 + 1e-9) {
				bestF1 = counts.f1();
				best = threshold;
			}
		}
		return best;
	}

	private Counts counts(int c, double[][] probabilities, boolean[][] flaggable, double threshold) {
		Category category = this.categories.get(c);
		Counts counts = new Counts();
		for (int i = 0; i < this.examples.size(); i++) {
			Example example = this.examples.get(i);
			if (!LearnedLayer.appliesTo(category, example.context())) {
				continue;
			}
			boolean byRules = example.raisedByRules().contains(category);
			boolean byModel = !byRules && probabilities[i][c] >= threshold && flaggable[i][c];
			boolean gold = example.labels().contains(category);
			if (byModel) {
				counts.added++;
				counts.addedRight += gold ? 1 : 0;
			}
			if ((byRules || byModel) && gold) {
				counts.truePositives++;
			}
			else if (byRules || byModel) {
				counts.falsePositives++;
			}
			else if (gold) {
				counts.falseNegatives++;
			}
		}
		return counts;
	}

	/** How the rules plus the model's added findings fare against the labels. */
	private static final class Counts {

		int truePositives;

		int falsePositives;

		int falseNegatives;

		int added;

		int addedRight;

		double f1() {
			return (this.truePositives == 0) ? 0
					: 2.0 * this.truePositives / (2.0 * this.truePositives + this.falsePositives + this.falseNegatives);
		}

		double addedPrecision() {
			return (this.added == 0) ? 1 : this.addedRight / (double) this.added;
		}

	}

	private LearnedModel fit(List<Example> training, String version, double[] thresholds) {
		Map<String, Integer> documentFrequency = new HashMap<>();
		for (Example example : training) {
			example.features().keySet().forEach((feature) -> documentFrequency.merge(feature, 1, Integer::sum));
		}
		Map<String, Integer> index = new TreeMap<>();
		documentFrequency.forEach((feature, df) -> {
			if (df >= MIN_DOCUMENT_FREQUENCY) {
				index.put(feature, 0);
			}
		});
		List<String> names = new ArrayList<>(index.keySet());
		for (int f = 0; f < names.size(); f++) {
			index.put(names.get(f), f);
		}
		double[] idf = new double[names.size()];
		for (int f = 0; f < idf.length; f++) {
			idf[f] = Math.log((1.0 + training.size()) / (1.0 + documentFrequency.get(names.get(f)))) + 1;
		}
		SparseRow[] rows = new SparseRow[training.size()];
		for (int i = 0; i < rows.length; i++) {
			rows[i] = SparseRow.of(training.get(i).features(), index, idf);
		}
		int categoryCount = this.categories.size();
		double[] bias = new double[categoryCount];
		double[][] weights = new double[categoryCount][];
		for (int c = 0; c < categoryCount; c++) {
			Category category = this.categories.get(c);
			List<SparseRow> applicable = new ArrayList<>();
			List<Boolean> positive = new ArrayList<>();
			for (int i = 0; i < rows.length; i++) {
				if (LearnedLayer.appliesTo(category, training.get(i).context())) {
					applicable.add(rows[i]);
					positive.add(training.get(i).labels().contains(category));
				}
			}
			double[] fitted = LogisticRegression.fit(applicable, positive, names.size(), L2, ITERATIONS, LEARNING_RATE);
			bias[c] = fitted[names.size()];
			weights[c] = fitted;
		}
		Map<String, double[]> features = new TreeMap<>();
		for (int f = 0; f < names.size(); f++) {
			double[] row = new double[categoryCount + 1];
			row[0] = round(idf[f]);
			for (int c = 0; c < categoryCount; c++) {
				row[c + 1] = round(weights[c][f]);
			}
			features.put(names.get(f), row);
		}
		for (int c = 0; c < categoryCount; c++) {
			bias[c] = round(bias[c]);
		}
		return new LearnedModel(version, this.categories, bias, thresholds.clone(), features);
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

	/** A labelled post, with its features and what the rules alone raise in it. */
	record Example(String id, String text, PostContext context, Map<String, Integer> features, Set<Category> labels,
			Set<Category> raisedByRules) {

		static List<Example> read(Path file, CheckEngine rules) throws IOException {
			List<Example> examples = new ArrayList<>();
			for (LabelledPost post : LabelledPost.read(file)) {
				Set<Category> labels = EnumSet.noneOf(Category.class);
				post.labels().forEach((label) -> labels.add(Category.valueOf(label)));
				Set<Category> raised = EnumSet.noneOf(Category.class);
				rules.check(post.text(), post.postContext())
					.findings()
					.stream()
					.map(Finding::category)
					.forEach(raised::add);
				examples.add(new Example(post.id(), post.text(), post.postContext(), rules.features(post.text()),
						labels, raised));
			}
			return examples;
		}

	}

}
