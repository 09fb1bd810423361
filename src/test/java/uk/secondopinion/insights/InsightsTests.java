package uk.secondopinion.insights;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.secondopinion.account.TestTrainers;
import uk.secondopinion.account.TrainerAccounts;
import uk.secondopinion.check.CheckResult;
import uk.secondopinion.check.CheckService;
import uk.secondopinion.engine.Audience;
import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.Platform;
import uk.secondopinion.engine.PostContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Insights count what stored checks found, week by week, keeping numbers only, so the
 * counts outlive the checks. Other tests store checks in the same database, so these
 * compare counts before and after.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InsightsTests {

	static final PostContext CONTEXT = new PostContext(Platform.FORUM, Audience.RESTRICTED, true);

	@Autowired
	private CheckService checks;

	@Autowired
	private Insights insights;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TrainerAccounts accounts;

	private InsightsReport.Week thisWeek() {
		return this.insights.lastWeeks(4, Category.CONFIDENTIALITY).weeks().get(0);
	}

	/**
	 * This week once the given number of checks more than before have been counted, which
	 * happens in the background.
	 */
	private InsightsReport.Week countedBeyond(InsightsReport.Week before, int checks) {
		return await().atMost(Duration.ofSeconds(10))
			.until(this::thisWeek, (week) -> week.checks() >= before.checks() + checks);
	}

	@Test
	void eachStoredCheckIsCountedByCategoryAtItsWorstSeverity() {
		InsightsReport.Week before = thisWeek();
		// Two high-risk confidentiality findings (an NHS number and a date of birth)
		// count
		// as one draft with a high confidentiality risk, and two findings.
		this.checks.check("Chasing NHS no 999 000 0018 for the lady born 02/09/1953 on our ward", CONTEXT);
		this.checks.check("Flu jabs are free for the over-65s this autumn.", CONTEXT);
		InsightsReport.Week after = countedBeyond(before, 2);

		InsightsReport.Counts was = before.counts(Category.CONFIDENTIALITY);
		InsightsReport.Counts now = after.counts(Category.CONFIDENTIALITY);
		assertThat(now.drafts() - was.drafts()).isEqualTo(1);
		assertThat(now.high() - was.high()).isEqualTo(1);
		assertThat(now.findings() - was.findings()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void previewsAreNotCounted() {
		InsightsReport.Week before = thisWeek();
		this.checks.preview("Chasing NHS no 999 000 0018 for the lady on our ward", CONTEXT);
		this.checks.check("Flu jabs are free for the over-65s this autumn.", CONTEXT);
		// Counting is in order, so once the check is counted the preview would have been.
		countedBeyond(before, 1);
		assertThat(thisWeek().checks()).isEqualTo(before.checks() + 1);
	}

	@Test
	void theCountsOutliveTheChecksAndHoldNoText() {
		InsightsReport.Week before = thisWeek();
		CheckResult check = this.checks.check("Mrs Ellery in bed 9 is a total nightmare", CONTEXT);
		InsightsReport.Week counted = countedBeyond(before, 1);
		this.checks.delete(check.id());
		assertThat(thisWeek()).isEqualTo(counted);
		List<String> columns = this.jdbc.queryForList(
				"select lower(column_name) from information_schema.columns where lower(table_name) like 'insight_%'",
				String.class);
		assertThat(columns).containsOnly("week_start", "checks", "category", "severity", "drafts", "findings");
	}

	@Test
	void weeksStartOnMondayInTheUk() {
		// Sunday 23:30 in London during summer time is still the week that began on the
		// Monday.
		assertThat(InsightsRecorder.weekOf(Instant.parse("2026-06-14T22:30:00Z"))).isEqualTo(LocalDate.of(2026, 6, 8));
		assertThat(InsightsRecorder.weekOf(Instant.parse("2026-06-14T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 6, 15));
	}

	@Test
	void trainersSeeTheCountsAsChartsAndATable() throws Exception {
		this.checks.check("Mrs Ellery in bed 9 went home today", CONTEXT);
		this.mvc.perform(get("/insights").with(user(TestTrainers.add(this.accounts, "Dr Insight"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("checked in the last 12 weeks")))
			.andExpect(content().string(containsString("Drafts with each risk, last 12 weeks")))
			.andExpect(content().string(containsString("Patient confidentiality, week by week")))
			.andExpect(content().string(containsString("role=\"img\"")))
			.andExpect(content().string(containsString("<th scope=\"row\">w/c ")));
		this.mvc.perform(get("/insights")).andExpect(redirectedUrl("/sign-in"));
	}

}
