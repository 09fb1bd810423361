package uk.secondopinion.engine.learn;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import uk.secondopinion.engine.guidance.GuidanceCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model shipped in the jar is the one the training posts and the current rule files
 * give: changing a concept without retraining fails here.
 */
class ShippedModelTest {

	@Test
	void wasTrainedOnTheCurrentTrainingPostsAndRuleFiles() throws IOException {
		GuidanceCatalogue guidance = GuidanceCatalogue.load(GuidanceCatalogue.DEFAULT_RESOURCE);

		assertThat(LearnedLayer.fromClasspath(guidance).version())
			.as("the model is out of date: retrain it as docs/evaluation.md says")
			.isEqualTo(ClassifierTrainer.version(Path.of(ClassifierTrainer.TRAINING_DIRECTORY),
					Path.of(ClassifierTrainer.RULES_DIRECTORY)));
	}

}
