package uk.secondopinion.engine.report;

import java.util.List;

import uk.secondopinion.engine.RiskLevel;

/**
 * The outcome of checking one draft: the overall risk, every finding in text order, the
 * draft with identifying passages masked (same length, so offsets still hold), and the
 * safer version ready to copy.
 */
public record CheckReport(RiskLevel riskLevel, List<Finding> findings, String maskedText, String saferText,
		String rulesetVersion) {

}
