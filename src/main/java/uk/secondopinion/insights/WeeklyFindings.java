package uk.secondopinion.insights;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.Severity;

/**
 * One week's findings of one category at one severity: {@code drafts} counts the checks
 * whose most serious finding in the category had this severity (so a category's rows add
 * up to the drafts with that risk at all), {@code findings} every finding.
 */
@Entity
@Table(name = "insight_weekly_findings")
public class WeeklyFindings {

	@EmbeddedId
	private Key key;

	@Column(nullable = false)
	private int drafts;

	@Column(nullable = false)
	private int findings;

	protected WeeklyFindings() {
	}

	WeeklyFindings(Key key, int drafts, int findings) {
		this.key = key;
		this.drafts = drafts;
		this.findings = findings;
	}

	public Key getKey() {
		return this.key;
	}

	public int getDrafts() {
		return this.drafts;
	}

	public int getFindings() {
		return this.findings;
	}

	/** A week, a category and a severity. */
	@Embeddable
	public record Key(@Column(name = "week_start") LocalDate weekStart,
			@Enumerated(EnumType.STRING) @Column(name = "category") Category category,
			@Enumerated(EnumType.STRING) @Column(name = "severity") Severity severity) implements Serializable {

	}

}
