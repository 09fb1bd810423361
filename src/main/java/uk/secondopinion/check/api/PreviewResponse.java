package uk.secondopinion.check.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import uk.secondopinion.check.CheckResult;
import uk.secondopinion.engine.RiskLevel;

/** The findings for a draft that was checked but not stored. */
@Schema(description = "The result of checking a draft without storing it")
public record PreviewResponse(String rulesetVersion, RiskLevel riskLevel, CheckResponse.ContextResponse context,
		List<CheckResponse.FindingResponse> findings, String saferText) {

	/** Leaves out every passage of the draft, in case a response is logged. */
	@Override
	public String toString() {
		return "PreviewResponse[riskLevel=" + this.riskLevel + ", findings=" + this.findings.size() + "]";
	}

	static PreviewResponse of(CheckResult result) {
		return new PreviewResponse(result.rulesetVersion(), result.riskLevel(),
				CheckResponse.ContextResponse.of(result.context()), CheckResponse.findings(result), result.saferText());
	}

}
