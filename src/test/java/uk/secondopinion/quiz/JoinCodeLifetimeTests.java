package uk.secondopinion.quiz;

import java.time.Duration;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

import uk.secondopinion.account.SignedInTrainer;
import uk.secondopinion.account.TestTrainers;
import uk.secondopinion.account.TrainerAccounts;
import uk.secondopinion.system.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A join code lets a room in on the day, and nobody once the room has gone: whoever
 * learns an old code cannot read the session's scenarios or vote.
 */
@SpringBootTest(properties = "second-opinion.quiz.join-code-lifetime=12h")
@AutoConfigureMockMvc
class JoinCodeLifetimeTests {

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
		}

	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TrainerAccounts accounts;

	@Autowired
	private MutableClock clock;

	private SignedInTrainer trainer;

	private String screen;

	private String code;

	@BeforeEach
	void openSession() throws Exception {
		this.trainer = TestTrainers.add(this.accounts, "Dr Timekeeper");
		this.screen = this.mvc
			.perform(post("/quiz").with(user(this.trainer))
				.with(csrf())
				.param("title", "Morning teaching")
				.param("scenarioIds", "6"))
			.andExpect(redirectedUrlPattern("/quiz/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.code = Jsoup.parse(screenText()).selectFirst(".app-code--large").text();
	}

	private String screenText() throws Exception {
		return this.mvc.perform(get(this.screen).with(user(this.trainer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String sessionsList() throws Exception {
		return Jsoup
			.parse(this.mvc.perform(get("/quiz").with(user(this.trainer)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.select("table")
			.text();
	}

	@Test
	void theCodeWorksThroughTheDayOfTheSession() throws Exception {
		this.clock.advance(Duration.ofHours(11).plusMinutes(59));
		this.mvc.perform(get("/join/" + this.code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A tweet after drinks")));
		assertThat(Jsoup.parse(screenText()).text()).doesNotContain("This join code no longer works");
		assertThat(sessionsList()).contains("Morning teaching " + this.code).doesNotContain("no longer works");
	}

	@Test
	void afterItsLifetimeTheCodeOpensNothingButTheTrainerStillSeesTheSession() throws Exception {
		this.clock.advance(Duration.ofHours(12));
		this.mvc.perform(get("/join/" + this.code)).andExpect(status().isNotFound());
		this.mvc.perform(get("/join/" + this.code + "/state")).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/join/" + this.code + "/votes").with(csrf()).param("item", "0").param("riskLevel", "HIGH"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/join").param("code", this.code.toLowerCase()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no quiz with that code")));

		String screen = Jsoup.parse(screenText()).text();
		assertThat(screen).contains("This join code no longer works",
				"A join code works for 12 hours after the quiz is opened", "A tweet after drinks");
		assertThat(sessionsList()).contains("Morning teaching " + this.code).contains("Open, code no longer works");
	}

}
