package uk.secondopinion.engine.rules;

import java.util.List;
import java.util.Map;

/**
 * A versioned set of rule packs and the concepts they use, validated and ready to run.
 */
public record RuleSet(String version, Map<String, Concept> concepts, List<Rule> rules) {

	public RuleSet {
		concepts = Map.copyOf(concepts);
		rules = List.copyOf(rules);
	}

}
