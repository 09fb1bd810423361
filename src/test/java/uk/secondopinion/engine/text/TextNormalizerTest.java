package uk.secondopinion.engine.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

	@Test
	void foldsCaseCompatibilityFormsAccentsAndLookAlikes() {
		assertThat(TextNormalizer.normalize("ＦＵＬＬ width").text()).isEqualTo("full width");
		assertThat(TextNormalizer.normalize("\uD835\uDC1F\uD835\uDC2E\uD835\uDC1C\uD835\uDC24").text())
			.isEqualTo("fuck");
		assertThat(TextNormalizer.normalize("Café naïve").text()).isEqualTo("cafe naive");
		assertThat(TextNormalizer.normalize("раtiеnt").text()).as("Cyrillic а and е").isEqualTo("patient");
		assertThat(TextNormalizer.normalize("don’t “quote”").text()).isEqualTo("don't \"quote\"");
	}

	@Test
	void dropsInvisibleCharactersButKeepsThemInsideTheSpan() {
		String draft = "f\u200Bu\u200Bck off";
		NormalizedText normalized = TextNormalizer.normalize(draft);
		assertThat(normalized.text()).isEqualTo("fuck off");
		Span word = normalized.toOriginal(0, 4);
		assertThat(draft.substring(word.start(), word.end())).isEqualTo("f\u200Bu\u200Bck");
	}

	@Test
	void mapsSpansBackAcrossEmojiAndCombiningMarks() {
		String draft = "😂 Cafe\u0301 👩🏽‍⚕️ nurse";
		NormalizedText normalized = TextNormalizer.normalize(draft);
		int at = normalized.text().indexOf("nurse");
		Span span = normalized.toOriginal(at, at + 5);
		assertThat(draft.substring(span.start(), span.end())).isEqualTo("nurse");
		int cafe = normalized.text().indexOf("cafe");
		Span cafeSpan = normalized.toOriginal(cafe, cafe + 4);
		assertThat(draft.substring(cafeSpan.start(), cafeSpan.end())).as("keeps the accent with its letter")
			.isEqualTo("Cafe\u0301");
	}

	@Test
	void readsHyphenatedWordsAndRunsOfSpacesAsSingleSpaces() {
		assertThat(TextNormalizer.normalize("17-year-old  on   the ward-round").text())
			.isEqualTo("17 year old on the ward round");
		assertThat(TextNormalizer.normalize("- a list").text()).as("a leading dash is kept").isEqualTo("- a list");
	}

	@Test
	void neverSplitsASurrogatePair() {
		String draft = "a\uD83D\uDE00b";
		NormalizedText normalized = TextNormalizer.normalize(draft);
		for (int i = 0; i < normalized.length(); i++) {
			Span span = normalized.toOriginal(i, i + 1);
			assertThat(Character.isLowSurrogate(draft.charAt(span.start()))).isFalse();
			assertThat(span.end() == draft.length() || !Character.isLowSurrogate(draft.charAt(span.end()))).isTrue();
		}
	}

}
