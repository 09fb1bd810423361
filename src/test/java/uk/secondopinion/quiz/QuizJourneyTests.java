package uk.secondopinion.quiz;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.secondopinion.account.SignedInTrainer;
import uk.secondopinion.account.TestTrainers;
import uk.secondopinion.account.TrainerAccounts;
import uk.secondopinion.browser.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room quiz in real browsers: the trainer signs in and runs the session on a wide
 * screen while a trainee joins and votes on a phone; the trainer's chart and the
 * trainee's page follow each other without anyone reloading.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuizJourneyTests {

	static Browser trainer;

	@LocalServerPort
	int port;

	@Autowired
	TrainerAccounts accounts;

	@BeforeAll
	static void startBrowser() {
		trainer = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (trainer != null) {
			trainer.close();
		}
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void aTrainerRunsAQuizThatATraineeJoinsOnAPhone() {
		SignedInTrainer account = TestTrainers.add(this.accounts, "Dr Projector");
		trainer.open(url("/quiz"));
		assertThat(trainer.find("h1").getText()).isEqualTo("Sign in as a trainer");
		trainer.find("#username").sendKeys(account.getUsername());
		trainer.find("#password").sendKeys(TestTrainers.PASSWORD);
		trainer.clickThrough(trainer.find("main button[type=submit]"));
		assertThat(trainer.find("h1").getText()).isEqualTo("Room quizzes");

		trainer.find("#title").sendKeys("Browser quiz");
		trainer.find("label[for='scenario-6']").click();
		trainer.find("label[for='scenario-24']").click();
		trainer.clickThrough(trainer.find("main form button[type=submit]"));
		String code = trainer.find(".app-code--large").getText();
		assertThat(trainer.find("img.app-quiz__qr").getDomProperty("naturalWidth")).isNotEqualTo("0");
		trainer.useScreen(1600, 1000);
		trainer.screenshot("quiz-screen-open");

		try (Browser trainee = Browser.start()) {
			trainee.usePhoneScreen();
			trainee.open(url("/join"));
			trainee.find("#code").sendKeys(code.toLowerCase());
			trainee.clickThrough(trainee.find("main button[type=submit]"));
			assertThat(trainee.find("h1").getText()).isEqualTo("A tweet after drinks");
			trainee.assertNothingOverflows();
			trainee.find("label[for='riskLevel-4']").click();
			trainee.find("input[name=categories][value=PROFESSIONALISM] + label").click();
			trainee.clickThrough(trainee.find("main form button[type=submit]"));
			assertThat(trainee.find("[role=status]").getText()).contains("Your vote has been counted.");
			trainee.assertNothingOverflows();
			trainee.screenshot("quiz-trainee-voted");

			trainer.waitUntil((driver) -> trainer.find(".app-quiz__count").getText().equals("1 vote so far"));
			assertThat(trainer.find("#risk-chart-title").getText()).isEqualTo("How risky is it?");
			assertThat(trainer.find("figure svg[role=img]").getDomAttribute("aria-label"))
				.contains("High: 1 vote (100%)");

			trainer.clickThrough(trainer.find("form[action$='/reveal'] button"));
			assertThat(trainer.find("#findings").getText()).contains("The room said High");
			trainer.screenshot("quiz-screen-revealed");
			trainee.waitUntil((driver) -> !trainee.findAll("h2")
				.stream()
				.filter((heading) -> heading.getText().equals("What the checker finds"))
				.toList()
				.isEmpty());
			trainee.assertAccessible();

			trainer.clickThrough(trainer.find("form[action$='/close'] button"));
			trainee.waitUntil((driver) -> trainee.find("h1").getText().equals("This quiz has finished"));
			trainee.assertNothingOverflows();
		}
	}

}
