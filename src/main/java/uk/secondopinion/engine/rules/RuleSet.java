package uk.secondopinion.engine.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A versioned set of rule packs and the concepts they use, validated and ready to run.
 * Concepts keep the order they were given in (the order of the concept files): which
 * concept a disguised word ("f***") is read as depends on that order, and an unordered
 * map would change it from one start of the app to the next.
 */
public record RuleSet(String version, Map<String, Concept> concepts, List<Rule> rules) {

	public RuleSet {
		concepts = Collections.unmodifiableMap(new LinkedHashMap<>(concepts));
		rules = List.copyOf(rules);
	}

}
