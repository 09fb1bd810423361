package uk.secondopinion.insights;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many checks were stored in one week. */
@Entity
@Table(name = "insight_weekly_checks")
public class WeeklyChecks {

	@Id
	@Column(name = "week_start")
	private LocalDate weekStart;

	@Column(nullable = false)
	private int checks;

	protected WeeklyChecks() {
	}

	WeeklyChecks(LocalDate weekStart, int checks) {
		this.weekStart = weekStart;
		this.checks = checks;
	}

	public LocalDate getWeekStart() {
		return this.weekStart;
	}

	public int getChecks() {
		return this.checks;
	}

}
