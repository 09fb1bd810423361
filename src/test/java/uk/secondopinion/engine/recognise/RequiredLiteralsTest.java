package uk.secondopinion.engine.recognise;

import java.util.List;
import java.util.Set;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import org.junit.jupiter.api.Test;

import uk.secondopinion.engine.CheckEngine;
import uk.secondopinion.engine.rules.Concept;
import uk.secondopinion.engine.rules.PatternSpec;
import uk.secondopinion.engine.text.AnalysedText;

import static org.assertj.core.api.Assertions.assertThat;

class RequiredLiteralsTest {

	private static final CheckEngine ENGINE = CheckEngine.fromClasspath();

	@Test
	void literalsAlternativesAndOptionalPartsBecomeClauses() {
		assertThat(RequiredLiterals.of("\\b(?:nhs|chi) ?(?:no|number)\\b")).containsExactly(
				Set.of("nhsno", "nhs no", "nhsnumber", "nhs number", "chino", "chi no", "chinumber", "chi number"));
		// digits are read folded, every one as 0, so a short run of them stays exact
		assertThat(RequiredLiterals.of("\\b(bed|bay) \\d{1,3}"))
			.containsExactly(Set.of("bed 0", "bed 00", "bed 000", "bay 0", "bay 00", "bay 000"));
		assertThat(RequiredLiterals.of("(@[a-z0-9_]{2,})")).containsExactly(Set.of("@"));
		assertThat(RequiredLiterals.of("ab|c\\w+")).containsExactly(Set.of("ab", "c"));
	}

	@Test
	void matchesStartWithOneOfTheLiteralsTheyBeginWith() {
		assertThat(RequiredLiterals.startsOf("\\b(?:nhs|chi) ?no")).containsExactlyInAnyOrder("nhsno", "nhs no",
				"chino", "chi no");
		assertThat(RequiredLiterals.startsOf("(?:^|[.!?:]\\s*)(@[a-z0-9_]{2,})"))
			.containsExactlyInAnyOrder(RequiredLiterals.TEXT_START + "", ".", "!", "?", ":");
		assertThat(RequiredLiterals.startsOf("bed \\d+")).containsExactly("bed 0");
		// \s is the five characters RE2 takes it for
		assertThat(RequiredLiterals.startsOf("(?:^|\\s)'x"))
			.containsExactlyInAnyOrder(RequiredLiterals.TEXT_START + "'x", " 'x", "\t'x", "\n'x", "\f'x", "\r'x");
		assertThat(RequiredLiterals.startsOf("\\w+ x")).isEmpty();
		assertThat(RequiredLiterals.startsOf("x?y")).containsExactlyInAnyOrder("xy", "y");
		assertThat(RequiredLiterals.startsOf("(?i)nhs")).isEmpty();
	}

	@Test
	void whatItCannotReadRequiresNothing() {
		assertThat(RequiredLiterals.of("(?i)nhs")).isEmpty();
		assertThat(RequiredLiterals.of("\\w+ \\s*")).containsExactly(Set.of(" "));
		assertThat(RequiredLiterals.of("[^a]+")).isEmpty();
		assertThat(RequiredLiterals.of("x?|y")).isEmpty();
		assertThat(RequiredLiterals.of("(unbalanced")).isEmpty();
		assertThat(RequiredLiterals.of("\\p{Greek}+")).isEmpty();
	}

	/**
	 * The property the engine relies on: whenever a shipped pattern matches a text, the
	 * text holds a literal of every clause, so skipping patterns whose clauses are unmet
	 * never loses a hit. Tried on every example in the rule packs and on random text.
	 */
	@Test
	void everyShippedPatternMatchesOnlyTextsThatMeetItsClauses() {
		List<String> texts = ShippedPatternTexts.of(ENGINE.ruleSet());
		int matched = 0;
		for (Concept concept : ENGINE.ruleSet().concepts().values()) {
			for (PatternSpec spec : concept.patterns()) {
				Pattern pattern = Pattern.compile(spec.regex());
				List<Set<String>> clauses = RequiredLiterals.of(spec.regex());
				for (String original : texts) {
					String text = AnalysedText.of(original).text();
					String folded = new String(RequiredLiterals.fold(text));
					Matcher matcher = pattern.matcher(text);
					if (!matcher.find()) {
						continue;
					}
					matched++;
					for (Set<String> clause : clauses) {
						assertThat(clause.stream().anyMatch(folded::contains))
							.as("/%s/ matched \"%s\" without any of %s", spec.regex(), text, clause)
							.isTrue();
					}
				}
			}
		}
		assertThat(matched).as("matches tried").isGreaterThan(100);
	}

}
