package uk.secondopinion.check;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.Origin;
import uk.secondopinion.engine.PostContext;
import uk.secondopinion.engine.RiskLevel;
import uk.secondopinion.engine.Severity;
import uk.secondopinion.engine.guidance.GuidancePoint;

/**
 * A check as people and programs see it. Straight after checking, {@code text} and
 * excerpts are the author's own draft; read back from storage they come from the masked
 * draft.
 */
public record CheckResult(UUID id, Instant createdAt, Instant expiresAt, String rulesetVersion, PostContext context,
		RiskLevel riskLevel, String text, String saferText, List<FindingResult> findings) {

	/** One finding, numbered from 1 in text order. */
	public record FindingResult(int number, String ruleId, Category category, Severity severity, int start, int end,
			String excerpt, String title, String message, String suggestion, List<GuidancePoint> guidance,
			List<StoredSpan> evidence) {

		public Origin origin() {
			return Origin.of(this.ruleId);
		}

		/** "High risk", "Medium risk" or "Low risk". */
		public String severityLabel() {
			String name = this.severity.name();
			return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.UK) + " risk";
		}

	}

	public long count(Category category) {
		return this.findings.stream().filter((finding) -> finding.category() == category).count();
	}

}
