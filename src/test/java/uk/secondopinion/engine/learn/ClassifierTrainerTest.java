package uk.secondopinion.engine.learn;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.secondopinion.engine.Audience;
import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.Platform;
import uk.secondopinion.engine.PostContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The trainer on small generated corpora, where the right answer is known. */
class ClassifierTrainerTest {

	private static final List<String> FILLER = List.of("ward", "shift", "today", "clinic", "coffee", "rota", "team",
			"audit", "teaching", "weekend", "handover", "lunch");

	private static final int TONE = Category.TONE.ordinal();

	private static final PostContext CONTEXT = new PostContext(Platform.TWITTER, Audience.PUBLIC, true);

	/** Posts of filler words; those labelled TONE also contain "muppets". */
	private static List<ClassifierTrainer.Example> corpus(long seed, double toneShare, boolean labelFollowsWord) {
		Random random = new Random(seed);
		List<ClassifierTrainer.Example> examples = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			Map<String, Integer> features = new HashMap<>();
			for (int w = 0; w < 6; w++) {
				features.merge("w:" + FILLER.get(random.nextInt(FILLER.size())), 1, Integer::sum);
			}
			boolean word = random.nextDouble() < toneShare;
			if (word) {
				features.put("w:muppets", 1);
			}
			boolean tone = labelFollowsWord ? word : random.nextDouble() < toneShare;
			Set<Category> labels = tone ? EnumSet.of(Category.TONE) : EnumSet.noneOf(Category.class);
			examples.add(new ClassifierTrainer.Example("g" + i, null, CONTEXT, features, labels,
					EnumSet.noneOf(Category.class)));
		}
		return examples;
	}

	@Test
	void learnsAWordThatMarksARiskAndRaisesItOnlyWhereTheWordIs() {
		LearnedModel model = new ClassifierTrainer(corpus(1, 0.3, true)).train("test");

		double with = model.probabilities(Map.of("w:muppets", 1, "w:ward", 2, "w:coffee", 1))[TONE];
		double without = model.probabilities(Map.of("w:ward", 2, "w:coffee", 1))[TONE];
		assertThat(with).isGreaterThanOrEqualTo(model.threshold()[TONE]);
		assertThat(without).isLessThan(model.threshold()[TONE]);
	}

	@Test
	void neverRaisesACategoryWhoseLabelsItCannotPredict() {
		LearnedModel model = new ClassifierTrainer(corpus(2, 0.3, false)).train("test");

		assertThat(model.threshold()[TONE]).isEqualTo(ClassifierTrainer.NEVER);
	}

	@Test
	void theSameCorpusAlwaysGivesTheSameModel() {
		LearnedModel first = new ClassifierTrainer(corpus(3, 0.3, true)).train("test");
		LearnedModel second = new ClassifierTrainer(corpus(3, 0.3, true)).train("test");

		assertThat(second.bias()).containsExactly(first.bias());
		assertThat(second.threshold()).containsExactly(first.threshold());
		assertThat(second.features()).containsOnlyKeys(first.features().keySet());
		first.features().forEach((feature, row) -> assertThat(second.features().get(feature)).containsExactly(row));
	}

}
