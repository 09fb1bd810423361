package uk.secondopinion.casebook;

import java.util.EnumSet;
import java.util.Set;

import uk.secondopinion.check.CheckResult;
import uk.secondopinion.check.ResultPage;
import uk.secondopinion.engine.Category;

/**
 * What the engine finds in a scenario's draft now, and where that departs from the
 * scenario: {@code missing} risks it should teach but the engine no longer finds, and
 * {@code unwanted} risks the engine raises that the scenario says it must not.
 */
public record ScenarioFindings(ResultPage page, Set<Category> found, Set<Category> missing, Set<Category> unwanted) {

	static ScenarioFindings of(Scenario scenario, ResultPage page) {
		Set<Category> found = EnumSet.noneOf(Category.class);
		page.result().findings().stream().map(CheckResult.FindingResult::category).forEach(found::add);
		Set<Category> missing = EnumSet.noneOf(Category.class);
		missing.addAll(scenario.getExpectedCategories());
		missing.removeAll(found);
		Set<Category> unwanted = EnumSet.noneOf(Category.class);
		unwanted.addAll(scenario.getExcludedCategories());
		unwanted.retainAll(found);
		return new ScenarioFindings(page, CategorySetConverter.sorted(found), CategorySetConverter.sorted(missing),
				CategorySetConverter.sorted(unwanted));
	}

	/** Whether the engine's findings have drifted from what the scenario teaches. */
	public boolean hasDrifted() {
		return !this.missing.isEmpty() || !this.unwanted.isEmpty();
	}

}
