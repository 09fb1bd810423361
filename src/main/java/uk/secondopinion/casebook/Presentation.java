package uk.secondopinion.casebook;

import uk.secondopinion.check.ResultPage;

/**
 * A scenario on a projector, one step at a time: step 0 shows the post; steps 1 to n each
 * reveal one finding, in the order the passages appear, its passage highlighted beside
 * its guidance; the last step shows the learning point and the questions. The page holds
 * every step, so the keyboard can move through them with no further requests; the server
 * marks the current one so the links work without JavaScript.
 */
public record Presentation(Scenario scenario, ScenarioFindings findings, int step) {

	static Presentation of(Scenario scenario, ScenarioFindings findings, int requestedStep) {
		int last = findings.page().result().findings().size() + 1;
		return new Presentation(scenario, findings, Math.max(0, Math.min(requestedStep, last)));
	}

	public ResultPage page() {
		return this.findings.page();
	}

	/** The step with the learning point and questions, after every finding. */
	public int lastStep() {
		return page().result().findings().size() + 1;
	}

	public int previousStep() {
		return Math.max(0, this.step - 1);
	}

	public int nextStep() {
		return Math.min(lastStep(), this.step + 1);
	}

	/**
	 * How a passage looks at this step: {@code current} if it belongs to the finding just
	 * revealed, {@code revealed} if to an earlier one, otherwise plain.
	 */
	public String passageState(ResultPage.Passage passage) {
		if (passage.findings().contains(this.step)) {
			return "current";
		}
		return passage.findings().stream().anyMatch((number) -> number < this.step) ? "revealed" : "";
	}

}
