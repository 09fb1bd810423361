package uk.secondopinion.engine.rules;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import uk.secondopinion.engine.CheckEngine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays every rule's own examples, as LanguageTool does with its rule files: each
 * flagged example must raise the rule on exactly the marked passage, and each passing
 * example must not raise it at all.
 */
class RuleExamplesTest {

	private static final CheckEngine ENGINE = CheckEngine.fromClasspath();

	@TestFactory
	Stream<DynamicTest> everyRuleFlagsItsFlaggedExamplesAndPassesTheRest() {
		return ENGINE.ruleSet().rules().stream().flatMap((rule) -> rule.examples().stream().map((example) -> {
			String name = rule.id() + (example.flagged() ? " flags: " : " passes: ") + example.text();
			return DynamicTest.dynamicTest(name, () -> {
				List<String> flagged = ENGINE.check(example.text(), example.context())
					.findings()
					.stream()
					.filter((finding) -> finding.ruleId().equals(rule.id()))
					.map((finding) -> example.text().substring(finding.start(), finding.end()))
					.toList();
				if (example.flagged()) {
					assertThat(flagged).as("passages %s flags", rule.id())
						.contains(example.text().substring(example.start(), example.end()));
				}
				else {
					assertThat(flagged).as("passages %s flags", rule.id()).isEmpty();
				}
			});
		}));
	}

}
