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

		MatchAlphabet quoted = MatchAlphabet.of("(?:\\s|['\"])([a-z]+)[.,!?]");
		assertThat(quoted.mayContain('\t')).isTrue();
		assertThat(quoted.mayContain('"')).isTrue();
		assertThat(quoted.mayContain('!')).isTrue();
		assertThat(quoted.mayContain(':')).isFalse();

		MatchAlphabet notDigits = MatchAlphabet.of("x\\D");
		assertThat(notDigits.mayContain('/')).isTrue();
		assertThat(notDigits.mayContain('5')).isFalse();

		MatchAlphabet anyCase = MatchAlphabet.of("(?i)nhs");
		assertThat(anyCase.mayContain('N')).isTrue();
		assertThat(anyCase.mayContain('a')).isFalse();
	}

	@Test
	void aCharacterOfContextOrTheTextsEdgeAtEitherEndIsLeftOutOfTheAlphabet() {
		MatchAlphabet place = MatchAlphabet.of("\\b(?:in|at) ([a-z]+)(?:[^a-z']|$)");
		assertThat(place.mayContain('.')).isFalse();
		assertThat(place.mayContain('7')).isFalse();
		assertThat(place.mayContain(' ')).isTrue();
		// what the runs must hold is what the rest requires
		assertThat(place.core()).isEqualTo("\\b(?:in|at) ([a-z]+)");

		MatchAlphabet spaced = MatchAlphabet.of("(?:^|\\s)('[a-z]+')(?:\\s|$|[.,!?])");
		assertThat(spaced.mayContain('\t')).isFalse();
		assertThat(spaced.mayContain('!')).isFalse();
		assertThat(spaced.core()).isEqualTo("('[a-z]+')");

		// not edges: a required character, a word boundary after the character, a choice
		// at the outermost level, or a pattern that would be left with nothing
		assertThat(MatchAlphabet.of("x[^a-z]").mayContain('.')).isTrue();
		assertThat(MatchAlphabet.of("x(?:[^a-z]\\b|$)").mayContain('.')).isTrue();
		assertThat(MatchAlphabet.of("x(?:[^a-z]|$)|y").mayContain('.')).isTrue();
		assertThat(MatchAlphabet.of("(?:^|[^a-z])(?:[^a-z]|$)")).isNull();
		assertThat(MatchAlphabet.of("x(?:[^a-z]|$)").core()).isEqualTo("x");
		assertThat(MatchAlphabet.of("xy").core()).isEqualTo("xy");
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
	 * pattern, but for one at either end where the pattern has edges there, is in the
	 * pattern's alphabet, so a search confined to the runs of its alphabet, with a
	 * character either side, loses no match. Tried on every example in the rule packs and
	 * on random text.
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
						String match = matcher.group();
						int start = (match.length() > 1 && !spec.regex().startsWith(alphabet.core())
								&& !alphabet.mayContain(match.charAt(0))) ? 1 : 0;
						int end = (match.length() - start > 1 && !spec.regex().endsWith(alphabet.core())
								&& !alphabet.mayContain(match.charAt(match.length() - 1))) ? match.length() - 1
										: match.length();
						assertThat(match.substring(start, end).chars().allMatch((c) -> alphabet.mayContain((char) c)))
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
