package uk.secondopinion.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One scenario in a quiz session, and whether the engine's findings have been revealed.
 */
@Embeddable
public class QuizItem {

	@Column(name = "scenario_id", nullable = false)
	private long scenarioId;

	@Column(nullable = false)
	private boolean revealed;

	protected QuizItem() {
	}

	QuizItem(long scenarioId) {
		this.scenarioId = scenarioId;
	}

	public long getScenarioId() {
		return this.scenarioId;
	}

	public boolean isRevealed() {
		return this.revealed;
	}

	void reveal() {
		this.revealed = true;
	}

}
