package uk.secondopinion.engine.rules;

import java.util.List;

/**
 * When a combining rule fires: the draft is about a particular person (an {@code anchor}
 * concept is present outside quotation marks), no {@code none} concept is present, and
 * the details it gives add up: each kind of detail counts once, with its weight, and the
 * rule fires at {@code threshold} (and is high severity from {@code highAt}) provided at
 * least one detail weighs {@code strongest} or more: generic details (a department, a
 * time of day, a common condition) only count once something narrows the case down.
 * Details that are harmless alone can identify someone together.
 */
public record Combination(List<String> anchor, List<String> none, List<Detail> details, double threshold, double highAt,
		double strongest) {

	/**
	 * One kind of detail: the concept that finds it, how people should read it, its
	 * weight.
	 */
	public record Detail(String concept, String label, double weight, String replacement) {

	}

}
