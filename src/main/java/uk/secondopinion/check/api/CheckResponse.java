package uk.secondopinion.check.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import uk.secondopinion.check.CheckResult;
import uk.secondopinion.check.StoredSpan;
import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.Origin;
import uk.secondopinion.engine.PostContext;
import uk.secondopinion.engine.RiskLevel;
import uk.secondopinion.engine.Severity;
import uk.secondopinion.engine.guidance.GuidancePoint;

/** A check's result, in the shape the API promises to keep. */
@Schema(description = "The result of a check")
public record CheckResponse(UUID id, Instant createdAt, Instant expiresAt, String rulesetVersion, RiskLevel riskLevel,
		ContextResponse context, List<FindingResponse> findings,
		@Schema(description = "The draft with patient identifiers masked and flagged words replaced where the rule knows how") String saferText) {

	public record ContextResponse(String platform, String audience, boolean namedAccount) {

		static ContextResponse of(PostContext context) {
			return new ContextResponse(context.platform().code(), context.audience().code(), context.namedAccount());
		}

	}

	@Schema(description = "One risk in the draft")
	public record FindingResponse(String ruleId, @Schema(
			description = "RULE when one of the published rules found it; MODEL when the learned model did and no rule raised its category") Origin origin,
			Category category, Severity severity,
			@Schema(description = "UTF-16 offset where the flagged passage starts") int start,
			@Schema(description = "UTF-16 offset just after the flagged passage") int end,
			@Schema(description = "text.substring(start, end); from the masked draft once stored") String excerpt,
			String title, @Schema(description = "Why it is a risk, in plain English") String message,
			List<GuidanceResponse> guidance,
			@Schema(description = "A safer way to say it, or what to do instead") String suggestion,
			@Schema(description = "Every passage that contributed, the flagged one first") List<SpanResponse> evidence) {

	}

	public record GuidanceResponse(String body, String document, String reference, String url) {

		static GuidanceResponse of(GuidancePoint point) {
			return new GuidanceResponse(point.body(), point.document(), point.reference(), point.url());
		}

	}

	public record SpanResponse(int start, int end) {

	}

	/** Leaves out every passage of the draft, in case a response is logged. */
	@Override
	public String toString() {
		return "CheckResponse[id=" + this.id + ", riskLevel=" + this.riskLevel + ", findings=" + this.findings.size()
				+ "]";
	}

	static CheckResponse of(CheckResult result) {
		return new CheckResponse(result.id(), result.createdAt(), result.expiresAt(), result.rulesetVersion(),
				result.riskLevel(), ContextResponse.of(result.context()), findings(result), result.saferText());
	}

	static List<FindingResponse> findings(CheckResult result) {
		return result.findings()
			.stream()
			.map((f) -> new FindingResponse(f.ruleId(), f.origin(), f.category(), f.severity(), f.start(), f.end(),
					f.excerpt(), f.title(), f.message(), f.guidance().stream().map(GuidanceResponse::of).toList(),
					f.suggestion(), f.evidence().stream().map(CheckResponse::span).toList()))
			.toList();
	}

	private static SpanResponse span(StoredSpan span) {
		return new SpanResponse(span.start(), span.end());
	}

}
