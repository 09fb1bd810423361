package uk.secondopinion;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import uk.secondopinion.account.SignedInTrainer;
import uk.secondopinion.account.TestTrainers;
import uk.secondopinion.account.TrainerAccounts;
import uk.secondopinion.casebook.Casebook;
import uk.secondopinion.casebook.Scenario;
import uk.secondopinion.casebook.ScenarioForm;
import uk.secondopinion.check.CheckService;
import uk.secondopinion.engine.Audience;
import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.Platform;
import uk.secondopinion.engine.PostContext;
import uk.secondopinion.engine.RiskLevel;
import uk.secondopinion.quiz.Quiz;
import uk.secondopinion.quiz.QuizSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The training features' migrations and storage on a real PostgreSQL server: the seeded
 * casebook, trainers' scenarios numbered clear of it, once-only votes and the insights
 * tallies.
 */
@SpringBootTest(properties = "second-opinion.checks.purge-interval=1d")
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresDatabase.class)
@DirtiesContext
class TrainingPostgresTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TrainerAccounts accounts;

	@Autowired
	private Casebook casebook;

	@Autowired
	private Quiz quiz;

	@Autowired
	private CheckService checks;

	@Test
	void theCasebookIsSeededAndTrainersScenariosAreNumberedClearOfIt() {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		assertThat(this.casebook.inUse()).hasSizeGreaterThanOrEqualTo(20);
		assertThat(this.casebook.find(10).orElseThrow().getQuestions()).hasSize(3);
		SignedInTrainer trainer = TestTrainers.add(this.accounts, "Dr Postgres");
		ScenarioForm form = ScenarioForm.of(this.casebook.find(6).orElseThrow());
		Scenario copy = this.casebook.create(form, trainer.getId());
		assertThat(copy.getId()).isGreaterThanOrEqualTo(1000);
		assertThat(this.casebook.find(copy.getId()).orElseThrow().getExpectedCategories())
			.containsExactly(Category.TONE, Category.PROFESSIONALISM);
	}

	@Test
	void aVoterVotesOncePerScenario() {
		SignedInTrainer trainer = TestTrainers.add(this.accounts, "Dr Votes");
		QuizSession session = this.quiz.open(trainer.getId(), "Postgres quiz", java.util.List.of(1L, 2L));
		assertThat(this.quiz.vote(session, 0, "voter-a", RiskLevel.HIGH, Set.of(Category.PROFESSIONALISM)))
			.isEqualTo(Quiz.VoteOutcome.COUNTED);
		assertThat(this.quiz.vote(session, 0, "voter-a", RiskLevel.LOW, Set.of()))
			.isEqualTo(Quiz.VoteOutcome.ALREADY_VOTED);
		assertThat(this.quiz.tally(session, 0).votes()).isEqualTo(1);
	}

	@Test
	void storedChecksAreCountedForInsights() {
		int before = this.jdbc.queryForObject("select coalesce(sum(checks), 0) from insight_weekly_checks",
				Integer.class);
		this.checks.check("Mrs Ellery in bed 9 went home", new PostContext(Platform.FORUM, Audience.RESTRICTED, true));
		this.checks.check("Mrs Ellery in bed 9 went home", new PostContext(Platform.FORUM, Audience.RESTRICTED, true));
		// Counting happens in the background, after the check has been stored.
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					this.jdbc.queryForObject("select sum(checks) from insight_weekly_checks", Integer.class))
				.isEqualTo(before + 2));
		assertThat(this.jdbc.queryForObject(
				"select sum(drafts) from insight_weekly_findings where category = 'CONFIDENTIALITY'", Integer.class))
			.isGreaterThanOrEqualTo(2);
	}

}
