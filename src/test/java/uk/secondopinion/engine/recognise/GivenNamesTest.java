package uk.secondopinion.engine.recognise;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The given-name validator keeps a common given name whatever its case, and only the
 * name; it turns down ordinary words, including names that are as often something else.
 */
class GivenNamesTest {

	@ParameterizedTest
	@CsvSource({ "bill, bill, 4", "lisa, LISA, 4", "veronica smith, Veronica Smith, 8", "mohammed, Mohammed, 8",
			"will, will, -1", "grace, Grace, -1", "rose, ROSE, -1", "visiting, visiting, -1", "is, is, -1" })
	void keepsAGivenNameWhateverItsCase(String text, String original, int kept) {
		assertThat(GivenNames.acceptFirstWord(text, original)).isEqualTo(kept);
	}

}
