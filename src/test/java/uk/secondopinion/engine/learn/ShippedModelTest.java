package uk.secondopinion.engine.learn;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import uk.secondopinion.engine.guidance.GuidanceCatalogue;
import uk.secondopinion.engine.rules.RuleSetLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** The model shipped in the jar is the one the training posts and current rules give. */
class ShippedModelTest {

	@Test
	void wasTrainedOnTheCurrentTrainingPostsAndRuleSet() throws IOException {
		GuidanceCatalogue guidance = GuidanceCatalogue.load(GuidanceCatalogue.DEFAULT_RESOURCE);
		String rulesetVersion = new RuleSetLoader(guidance).load(RuleSetLoader.DEFAULT_MANIFEST).version();

		assertThat(LearnedLayer.fromClasspath(guidance).version())
			.as("the model is out of date: retrain it as docs/evaluation.md says")
			.isEqualTo(ClassifierTrainer.version(Path.of(ClassifierTrainer.TRAINING_DIRECTORY), rulesetVersion));
	}

}
