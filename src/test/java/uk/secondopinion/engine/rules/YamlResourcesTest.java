package uk.secondopinion.engine.rules;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class YamlResourcesTest {

	/**
	 * Rule files hold emoji in their examples. Where one falls across the YAML reader's
	 * buffer, the app once failed to start from its jar while the tests, reading the same
	 * file from disk in other chunks, passed.
	 */
	@Test
	void readsAnEmojiThatStraddlesTheReadersBuffer() {
		Map<?, ?> read = YamlResources.read("yaml/emoji-at-buffer-boundary.yaml", Map.class);

		assertThat((String) read.get("text")).endsWith("x😀 and the rest");
	}

}
