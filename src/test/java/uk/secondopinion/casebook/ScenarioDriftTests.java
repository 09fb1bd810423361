package uk.secondopinion.casebook;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.CheckEngine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shipped scenario must still teach what it says: the engine, run live on its
 * draft, must raise each risk the scenario expects and none it excludes. A change to the
 * rules that breaks a scenario's learning point fails the build here, naming the
 * scenario.
 */
@SpringBootTest
class ScenarioDriftTests {

	/**
	 * Risks a scenario rightly teaches that the engine misses today, reported to the rule
	 * maintainers. Strict: once the engine finds one, this test fails until it is removed
	 * from here, so the list never outlives the gap.
	 */
	static final Map<Long, Set<Category>> KNOWN_ENGINE_GAPS = Map.of();

	@Autowired
	private ScenarioRepository scenarios;

	@Autowired
	private Casebook casebook;

	@Autowired
	private CheckEngine engine;

	private List<Scenario> shipped() {
		return this.scenarios.findInUse().stream().filter(Scenario::isShipped).toList();
	}

	@TestFactory
	Stream<DynamicTest> everyShippedScenarioStillTeachesWhatItSays() {
		return shipped().stream()
			.map((scenario) -> DynamicTest.dynamicTest(scenario.getId() + ": " + scenario.getTitle(),
					() -> assertTeachesWhatItSays(scenario)));
	}

	private void assertTeachesWhatItSays(Scenario scenario) {
		ScenarioFindings findings = this.casebook.findings(scenario);
		Set<Category> gaps = KNOWN_ENGINE_GAPS.getOrDefault(scenario.getId(), Set.of());
		String name = "Scenario " + scenario.getId() + " (" + scenario.getTitle() + ")";
		assertThat(scenario.getExpectedCategories()).as("%s: a known gap must be a risk it teaches", name)
			.containsAll(gaps);
		Set<Category> missing = EnumSet.noneOf(Category.class);
		missing.addAll(findings.missing());
		missing.removeAll(gaps);
		assertThat(missing).as("%s teaches these risks, but the engine no longer finds them in its draft", name)
			.isEmpty();
		assertThat(findings.unwanted()).as("%s must not raise these risks, but the engine now does", name).isEmpty();
		Set<Category> nowFound = EnumSet.noneOf(Category.class);
		nowFound.addAll(gaps);
		nowFound.retainAll(findings.found());
		assertThat(nowFound).as("%s: the engine now finds a known gap; remove it from KNOWN_ENGINE_GAPS", name)
			.isEmpty();
	}

	@TestFactory
	Stream<DynamicTest> everyShippedScenarioIsComplete() {
		return shipped().stream()
			.map((scenario) -> DynamicTest.dynamicTest(scenario.getId() + ": " + scenario.getTitle(), () -> {
				assertThat(scenario.getSituation()).isNotBlank();
				assertThat(scenario.getLearningPoint()).isNotBlank();
				assertThat(scenario.getQuestions()).hasSizeBetween(2, 3);
				assertThat(scenario.getGuidance()).isNotEmpty()
					.allSatisfy((id) -> assertThat(this.engine.guidance().find(id)).as("guidance point %s", id)
						.isPresent());
				assertThat(this.casebook.problems(ScenarioForm.of(scenario))).isEmpty();
			}));
	}

	@Test
	void theShippedCasebookCoversEveryRiskAndWhatGoodLooksLike() {
		List<Scenario> shipped = shipped();
		assertThat(shipped).hasSizeGreaterThanOrEqualTo(20);
		Set<Category> taught = EnumSet.noneOf(Category.class);
		shipped.forEach((scenario) -> taught.addAll(scenario.getExpectedCategories()));
		assertThat(taught).containsExactlyInAnyOrder(Category.values());
		assertThat(shipped).filteredOn((scenario) -> scenario.getExpectedCategories().isEmpty()).hasSizeGreaterThan(1);
	}

}
