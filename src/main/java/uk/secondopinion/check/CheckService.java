package uk.secondopinion.check;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.secondopinion.engine.CheckEngine;
import uk.secondopinion.engine.PostContext;
import uk.secondopinion.engine.guidance.GuidancePoint;
import uk.secondopinion.engine.report.CheckReport;
import uk.secondopinion.engine.report.Evidence;
import uk.secondopinion.engine.report.Finding;

/**
 * Checks drafts and keeps the results privately: only the masked draft, the safer version
 * and the findings are stored, under a random id, until deleted or expired. Each stored
 * check is announced as a {@link CheckStored} event, which carries no text.
 */
@Service
public class CheckService {

	private final CheckEngine engine;

	private final CheckRepository checks;

	private final CheckProperties properties;

	private final Clock clock;

	private final CheckWriter writer;

	private final CheckMetrics metrics;

	public CheckService(CheckEngine engine, CheckRepository checks, CheckProperties properties, Clock clock,
			CheckWriter writer, CheckMetrics metrics) {
		this.engine = engine;
		this.checks = checks;
		this.properties = properties;
		this.clock = clock;
		this.writer = writer;
		this.metrics = metrics;
	}

	/**
	 * Checks a draft, stores the masked result, and returns it with the author's own
	 * excerpts. The engine runs before storing, so a database connection is held only to
	 * commit, together with the other checks waiting to ({@link CheckWriter}).
	 */
	public CheckResult check(String draft, PostContext context) {
		Objects.requireNonNull(draft, "draft");
		CheckReport report = this.metrics.record(CheckMetrics.Kind.STORED, () -> this.engine.check(draft, context));
		Instant now = this.clock.instant();
		String masked = storable(report.maskedText());
		List<StoredFinding> findings = new ArrayList<>(report.findings().size());
		for (Finding finding : report.findings()) {
			findings.add(new StoredFinding(finding.ruleId(), finding.category(), finding.severity(), finding.start(),
					finding.end(), finding.title(), finding.message(), finding.suggestion(),
					finding.guidance().stream().map(GuidancePoint::id).toList(), spans(finding.evidence())));
		}
		StoredCheck check = new StoredCheck(UUID.randomUUID(), now, now.plus(this.properties.retention()),
				report.rulesetVersion(), context.platform(), context.audience(), context.namedAccount(),
				report.riskLevel(), masked, storable(report.saferText()), findings);
		CheckStored stored = new CheckStored(now,
				report.findings()
					.stream()
					.map((finding) -> new CheckStored.FindingKind(finding.category(), finding.severity()))
					.toList());
		this.writer.store(check, stored);
		return toResult(report, draft, context, check.getId(), check.getCreatedAt(), check.getExpiresAt());
	}

	/**
	 * PostgreSQL text cannot hold U+0000; the replacement character takes its place one
	 * for one, so every offset still holds.
	 */
	private static String storable(String text) {
		return text.replace('\u0000', '\uFFFD');
	}

	/**
	 * Checks a draft without storing anything, for feedback while the author is still
	 * typing. The result has no id and no expiry, because nothing is kept.
	 */
	public CheckResult preview(String draft, PostContext context) {
		Objects.requireNonNull(draft, "draft");
		CheckReport report = this.metrics.record(CheckMetrics.Kind.PREVIEW, () -> this.engine.check(draft, context));
		return toResult(report, draft, context, null, null, null);
	}

	private static CheckResult toResult(CheckReport report, String draft, PostContext context, UUID id,
			Instant createdAt, Instant expiresAt) {
		List<CheckResult.FindingResult> findings = new ArrayList<>(report.findings().size());
		for (Finding finding : report.findings()) {
			findings.add(new CheckResult.FindingResult(findings.size() + 1, finding.ruleId(), finding.category(),
					finding.severity(), finding.start(), finding.end(), finding.excerpt(), finding.title(),
					finding.message(), finding.suggestion(), finding.guidance(), spans(finding.evidence())));
		}
		return new CheckResult(id, createdAt, expiresAt, report.rulesetVersion(), context, report.riskLevel(), draft,
				report.saferText(), findings);
	}

	/** The stored check with this id, unless it does not exist or has expired. */
	@Transactional(readOnly = true)
	public Optional<CheckResult> find(UUID id) {
		return this.checks.findLive(id, this.clock.instant()).map(this::toResult);
	}

	/** Deletes a check at once; whether there was one to delete. */
	@Transactional
	public boolean delete(UUID id) {
		return this.checks.deleteCheck(id) > 0;
	}

	/** Deletes every expired check; how many. */
	@Transactional
	public int purgeExpired() {
		int deleted = this.checks.deleteExpired(this.clock.instant());
		this.metrics.purged(deleted);
		return deleted;
	}

	private CheckResult toResult(StoredCheck check) {
		List<CheckResult.FindingResult> findings = new ArrayList<>(check.getFindings().size());
		for (StoredFinding finding : check.getFindings()) {
			List<GuidancePoint> guidance = finding.guidance()
				.stream()
				.flatMap((id) -> this.engine.guidance().find(id).stream())
				.toList();
			findings.add(new CheckResult.FindingResult(findings.size() + 1, finding.ruleId(), finding.category(),
					finding.severity(), finding.start(), finding.end(),
					check.getMaskedText().substring(finding.start(), finding.end()), finding.title(), finding.message(),
					finding.suggestion(), guidance, finding.evidence()));
		}
		PostContext context = new PostContext(check.getPlatform(), check.getAudience(), check.isNamedAccount());
		return new CheckResult(check.getId(), check.getCreatedAt(), check.getExpiresAt(), check.getRulesetVersion(),
				context, check.getRiskLevel(), check.getMaskedText(), check.getSaferText(), findings);
	}

	private static List<StoredSpan> spans(List<Evidence> evidence) {
		return evidence.stream().map((e) -> new StoredSpan(e.start(), e.end())).toList();
	}

}
