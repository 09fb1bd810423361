package uk.secondopinion.check;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.Severity;

/**
 * A finding as stored with its check. The excerpt comes from the masked draft, so it
 * never holds an identifier the check masked; guidance is kept as ids and read from the
 * catalogue.
 */
@Embeddable
public class StoredFinding {

	@Column(name = "rule_id", nullable = false)
	private String ruleId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Category category;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Severity severity;

	@Column(name = "start_offset", nullable = false)
	private int start;

	@Column(name = "end_offset", nullable = false)
	private int end;

	@Column(nullable = false)
	private String excerpt;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String message;

	private String suggestion;

	@Convert(converter = StringListConverter.class)
	@Column(nullable = false)
	private List<String> guidance;

	@Convert(converter = SpanListConverter.class)
	@Column(nullable = false)
	private List<StoredSpan> evidence;

	protected StoredFinding() {
	}

	StoredFinding(String ruleId, Category category, Severity severity, int start, int end, String excerpt, String title,
			String message, String suggestion, List<String> guidance, List<StoredSpan> evidence) {
		this.ruleId = ruleId;
		this.category = category;
		this.severity = severity;
		this.start = start;
		this.end = end;
		this.excerpt = excerpt;
		this.title = title;
		this.message = message;
		this.suggestion = suggestion;
		this.guidance = List.copyOf(guidance);
		this.evidence = List.copyOf(evidence);
	}

	public String getRuleId() {
		return this.ruleId;
	}

	public Category getCategory() {
		return this.category;
	}

	public Severity getSeverity() {
		return this.severity;
	}

	public int getStart() {
		return this.start;
	}

	public int getEnd() {
		return this.end;
	}

	public String getExcerpt() {
		return this.excerpt;
	}

	public String getTitle() {
		return this.title;
	}

	public String getMessage() {
		return this.message;
	}

	public String getSuggestion() {
		return this.suggestion;
	}

	public List<String> getGuidance() {
		return this.guidance;
	}

	public List<StoredSpan> getEvidence() {
		return this.evidence;
	}

}
