package uk.secondopinion.engine.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import uk.secondopinion.engine.rules.Concept;
import uk.secondopinion.engine.rules.Example;
import uk.secondopinion.engine.rules.Rule;
import uk.secondopinion.engine.rules.RuleSet;

/**
 * Texts to try the shipped patterns on when checking what the engine's shortcuts assume
 * of them: every example in the rule packs and concept files, and short random texts of
 * letters, digits, spaces and punctuation.
 */
final class ShippedPatternTexts {

	private static final String CHARACTERS = "abcdefghijklmnopqrstuvwxyzAB0123456789 .,:;!?'\"()[]@#£%&*/+-_\n\t";

	private ShippedPatternTexts() {
	}

	static List<String> of(RuleSet ruleSet) {
		List<String> texts = new ArrayList<>();
		for (Rule rule : ruleSet.rules()) {
			rule.examples().stream().map(Example::text).forEach(texts::add);
		}
		for (Concept concept : ruleSet.concepts().values()) {
			texts.addAll(concept.find());
			texts.addAll(concept.ignore());
		}
		Random random = new Random(7);
		for (int i = 0; i < 2_000; i++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(60);
			for (int k = 0; k < length; k++) {
				text.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
			}
			texts.add(text.toString());
		}
		return texts;
	}

}
