package uk.secondopinion.insights;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.Severity;

/** The weekly tallies: added to as checks are stored, read for a span of weeks. */
interface InsightsRepository extends Repository<WeeklyChecks, LocalDate> {

	@Modifying
	@Query("update WeeklyChecks w set w.checks = w.checks + :checks where w.weekStart = :week")
	int countChecks(LocalDate week, int checks);

	@Modifying
	@Query("update WeeklyFindings w set w.drafts = w.drafts + :drafts, w.findings = w.findings + :findings "
			+ "where w.key.weekStart = :week and w.key.category = :category and w.key.severity = :severity")
	int countFindings(LocalDate week, Category category, Severity severity, int drafts, int findings);

	@Query("select w from WeeklyChecks w where w.weekStart >= :from order by w.weekStart")
	List<WeeklyChecks> checksSince(LocalDate from);

	@Query("select w from WeeklyFindings w where w.key.weekStart >= :from")
	List<WeeklyFindings> findingsSince(LocalDate from);

}
