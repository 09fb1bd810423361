package uk.secondopinion.engine;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.secondopinion.engine.report.Finding;

import static org.assertj.core.api.Assertions.assertThat;

class RiskLevelTest {

	private static Finding finding(Category category, Severity severity) {
		return new Finding("RULE", category, severity, 0, 1, "x", "title", "message", null, null, false, List.of(),
				List.of());
	}

	@Test
	void noFindingsIsNoRisk() {
		assertThat(CheckEngine.riskLevel(List.of())).isEqualTo(RiskLevel.NONE);
	}

	@Test
	void theMostSeriousFindingSetsTheLevel() {
		assertThat(CheckEngine.riskLevel(List.of(finding(Category.TONE, Severity.LOW)))).isEqualTo(RiskLevel.LOW);
		assertThat(CheckEngine
			.riskLevel(List.of(finding(Category.TONE, Severity.LOW), finding(Category.ANONYMITY, Severity.MEDIUM))))
			.isEqualTo(RiskLevel.MEDIUM);
		assertThat(CheckEngine
			.riskLevel(List.of(finding(Category.TONE, Severity.MEDIUM), finding(Category.TONE, Severity.MEDIUM))))
			.as("several findings of one kind")
			.isEqualTo(RiskLevel.MEDIUM);
	}

	@Test
	void risksInThreeCategoriesCompoundByOneLevel() {
		assertThat(CheckEngine.riskLevel(List.of(finding(Category.TONE, Severity.MEDIUM),
				finding(Category.ANONYMITY, Severity.MEDIUM), finding(Category.BOUNDARIES, Severity.LOW))))
			.isEqualTo(RiskLevel.HIGH);
		assertThat(CheckEngine.riskLevel(List.of(finding(Category.TONE, Severity.LOW),
				finding(Category.ANONYMITY, Severity.LOW), finding(Category.BOUNDARIES, Severity.LOW))))
			.isEqualTo(RiskLevel.MEDIUM);
		assertThat(CheckEngine.riskLevel(List.of(finding(Category.TONE, Severity.HIGH),
				finding(Category.ANONYMITY, Severity.MEDIUM), finding(Category.BOUNDARIES, Severity.LOW))))
			.isEqualTo(RiskLevel.HIGH);
	}

}
