package uk.secondopinion.engine.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleSetTest {

	/**
	 * Which concept a disguised word is read as depends on the concepts' order, so the
	 * same draft must meet them in the same order on every start of the app.
	 */
	@Test
	void conceptsKeepTheOrderOfTheConceptFiles() {
		Map<String, Concept> concepts = new LinkedHashMap<>();
		for (String id : List.of("zebra", "apple", "mango", "kiwi", "banana", "cherry", "date", "fig", "grape")) {
			concepts.put(id, new Concept(id, id, List.of(id), List.of(), false, List.of(), List.of()));
		}
		RuleSet rules = new RuleSet("1", concepts, List.of());
		assertThat(rules.concepts().keySet()).containsExactlyElementsOf(concepts.keySet());
	}

}
