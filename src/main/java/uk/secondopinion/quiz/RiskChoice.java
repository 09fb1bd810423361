package uk.secondopinion.quiz;

import java.util.List;

import uk.secondopinion.engine.RiskLevel;

/** A risk level as trainees choose it, with what it would mean for the post. */
public record RiskChoice(RiskLevel level, String label, String hint) {

	static final List<RiskChoice> ALL = List.of(new RiskChoice(RiskLevel.NONE, "No risk", "Fine to post as it is"),
			new RiskChoice(RiskLevel.LOW, "Low", "Worth a second look"),
			new RiskChoice(RiskLevel.MEDIUM, "Medium", "Change it before posting"),
			new RiskChoice(RiskLevel.HIGH, "High", "Do not post it"));

	static String labelOf(RiskLevel level) {
		return ALL.stream().filter((choice) -> choice.level() == level).findFirst().orElseThrow().label();
	}

}
