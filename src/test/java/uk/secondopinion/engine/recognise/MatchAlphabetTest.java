package uk.secondopinion.engine.recognise;

import java.util.List;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import org.junit.jupiter.api.Test;

import uk.secondopinion.engine.CheckEngine;
import uk.secondopinion.engine.rules.Concept;
import uk.secondopinion.engine.rules.PatternSpec;
import uk.secondopinion.engine.text.AnalysedText;

import static org.assertj.core.api.Assertions.assertThat;

class MatchAlphabetTest {

	private static final CheckEngine ENGINE = CheckEngine.fromClasspath();

	@Test
	void theAlphabetHoldsEveryCharacterThePatternCanMatch() {
		MatchAlphabet words = MatchAlphabet.of("\\b([a-z]+(?: [a-z]+)? (?:road|street))\\b");
		assertThat(words.mayContain('q')).isTrue();
		assertThat(words.mayContain(' ')).isTrue();
		assertThat(words.mayContain('.')).isFalse();
		assertThat(words.mayContain('7')).isFalse();
		assertThat(words.mayContain('R')).isFalse();
		// characters beyond ASCII are always possible
		assertThat(words.mayContain('é')).isTrue();

		MatchAlphabet sentence = MatchAlphabet.of("\\bpa\\b[^.!?]{0,60}\\bconsultant");
		assertThat(sentence.mayContain(',')).isTrue();
		assertThat(sentence.mayContain('\n')).isTrue();
		assertThat(sentence.mayContain('!')).isFalse();

		MatchAlphabet spaced = MatchAlphabet.of("(?:^|\\s)('[a-z]+')(?:\\s|$|[.,!?])");
		assertThat(spaced.mayContain('\t')).isTrue();
		assertThat(spaced.mayContain('!')).isTrue();
		assertThat(spaced.mayContain(':')).isFalse();

		MatchAlphabet notDigits = MatchAlphabet.of("x\\D");
		assertThat(notDigits.mayContain('/')).isTrue();
		assertThat(notDigits.mayContain('5')).isFalse();

		MatchAlphabet anyCase = MatchAlphabet.of("(?i)nhs");
		assertThat(anyCase.mayContain('N')).isTrue();
		assertThat(anyCase.mayContain('a')).isFalse();
	}

	@Test
	void patternsItCannotReadOrThatMatchNothingHaveNoAlphabet() {
		assertThat(MatchAlphabet.of("x*")).isNull();
		assertThat(MatchAlphabet.of("\\b(?:a|)\\b")).isNull();
		assertThat(MatchAlphabet.of("(?m)^x")).isNull();
		assertThat(MatchAlphabet.of("\\p{Greek}+")).isNull();
		assertThat(MatchAlphabet.of("[[:alpha:]]+")).isNull();
		assertThat(MatchAlphabet.of("(?i)\u212Aelvin")).isNull();
		assertThat(MatchAlphabet.of("(unbalanced")).isNull();
	}

	/**
	 * The property the engine relies on: every character of every match of a shipped
	 * pattern is in the pattern's alphabet, so a search confined to the runs of its
	 * alphabet loses no match. Tried on every example in the rule packs and on random
	 * text.
	 */
	@Test
	void everyMatchOfAShippedPatternLiesInARunOfItsAlphabet() {
		List<String> texts = ShippedPatternTexts.of(ENGINE.ruleSet());
		int matched = 0;
		int read = 0;
		for (Concept concept : ENGINE.ruleSet().concepts().values()) {
			for (PatternSpec spec : concept.patterns()) {
				MatchAlphabet alphabet = MatchAlphabet.of(spec.regex());
				if (alphabet == null) {
					continue;
				}
				read++;
				Pattern pattern = Pattern.compile(spec.regex());
				for (String original : texts) {
					String text = AnalysedText.of(original).text();
					Matcher matcher = pattern.matcher(text);
					while (matcher.find()) {
						matched++;
						assertThat(matcher.group().chars().allMatch((c) -> alphabet.mayContain((char) c)))
							.as("/%s/ matched \"%s\"", spec.regex(), matcher.group())
							.isTrue();
					}
				}
			}
		}
		assertThat(read).as("patterns read").isGreaterThan(100);
		assertThat(matched).as("matches tried").isGreaterThan(100);
	}

}
