package uk.secondopinion.engine.rules;

import java.util.List;

import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.Severity;

/**
 * A rule from a rule pack: what it flags ({@code condition} or {@code combination},
 * exactly one of them), how serious it is, what to tell the doctor, the guidance it rests
 * on, and its own examples. A {@code replacement} is the literal text the safer version
 * puts in place of the flagged passage; {@code mask} says the passage identifies someone
 * and is masked in anything stored.
 */
public record Rule(String id, Category category, Severity severity, String title, String message, String suggestion,
		String replacement, boolean mask, List<String> guidance, Condition condition, Combination combination,
		List<Example> examples, String pack) {

}
