package uk.secondopinion.quiz;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.secondopinion.account.SignedInTrainer;
import uk.secondopinion.account.TestTrainers;
import uk.secondopinion.account.TrainerAccounts;
import uk.secondopinion.casebook.Casebook;
import uk.secondopinion.casebook.ScenarioFindings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A room quiz end to end: a trainer opens a session over two scenarios, trainees join
 * with the code and vote once each, the tally counts them, the trainer reveals, moves on,
 * closes, and downloads the results.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuizTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TrainerAccounts accounts;

	@Autowired
	private Casebook casebook;

	private SignedInTrainer trainer;

	private long id;

	private String code;

	@BeforeEach
	void openSession() throws Exception {
		this.trainer = TestTrainers.add(this.accounts, "Dr Quizmaster");
		// Scenario 6, "A tweet after drinks", then 23, "A flu jab reminder".
		String location = this.mvc
			.perform(post("/quiz").with(user(this.trainer))
				.with(csrf())
				.param("title", "FY1 teaching")
				.param("scenarioIds", "6", "23"))
			.andExpect(redirectedUrlPattern("/quiz/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.id = Long.parseLong(location.substring("/quiz/".length()));
		Document screen = screen();
		this.code = screen.selectFirst(".app-code--large").text();
	}

	private Document screen() throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/quiz/" + this.id).with(user(this.trainer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private Cookie join() throws Exception {
		MvcResult joined = this.mvc.perform(get("/join/" + this.code)).andExpect(status().isOk()).andReturn();
		Cookie voter = joined.getResponse().getCookie(JoinController.VOTER_COOKIE);
		assertThat(voter).isNotNull();
		assertThat(voter.isHttpOnly()).isTrue();
		assertThat(voter.getPath()).isEqualTo("/join");
		return voter;
	}

	private MockHttpServletRequestBuilder vote(Cookie voter, int item, String risk, String... categories) {
		MockHttpServletRequestBuilder request = post("/join/" + this.code + "/votes").with(csrf())
			.param("item", String.valueOf(item))
			.param("riskLevel", risk);
		if (categories.length > 0) {
			request = request.param("categories", categories);
		}
		return (voter != null) ? request.cookie(voter) : request;
	}

	/**
	 * The tally as a screen reader hears it: its text and what each chart says in words.
	 */
	private String tally() throws Exception {
		Document tally = Jsoup.parse(this.mvc.perform(get("/quiz/" + this.id + "/tally").with(user(this.trainer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		return tally.text() + " " + String.join(" ", tally.select("svg[role=img]").eachAttr("aria-label"));
	}

	@Test
	void theTrainersScreenShowsTheJoinCodeAQrCodeAndTheFirstScenario() throws Exception {
		assertThat(this.code).matches("[" + JoinCodes.ALPHABET + "]{6}");
		Document screen = screen();
		assertThat(screen.text()).contains("Join at http://localhost/join", "Scenario 1 of 2", "A tweet after drinks",
				"0 votes so far");
		assertThat(screen.selectFirst("img.app-quiz__qr").attr("src")).isEqualTo("/quiz/" + this.id + "/qr.svg");
		assertThat(screen.select("svg.app-chart__svg")).hasSize(2);
		this.mvc.perform(get("/quiz/" + this.id + "/qr.svg").with(user(this.trainer)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("image/svg+xml")))
			.andExpect(content().string(startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")))
			.andExpect(content().string(containsString("<path d=\"M")));
	}

	@Test
	void traineesJoinWithTheCodeInAnyCaseAndWithoutAnAccount() throws Exception {
		this.mvc.perform(get("/join").param("code", this.code.toLowerCase()))
			.andExpect(redirectedUrl("/join/" + this.code));
		this.mvc.perform(get("/join").param("code", "ZZZZZZ"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no quiz with that code")));
		this.mvc.perform(get("/join/" + this.code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A tweet after drinks")))
			.andExpect(content().string(containsString("Few beers after work")))
			.andExpect(content().string(containsString("How risky is it to post this?")));
	}

	/** Sent from this network address, as every phone behind a room's NAT is. */
	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void aRoomOfSixtyBehindOneAddressJoinsAndVotesThoughSomeMistypeTheCode() throws Exception {
		String room = "192.0.2.60";
		for (int trainee = 0; trainee < 60; trainee++) {
			if (trainee % 3 == 0) {
				this.mvc.perform(get("/join").param("code", this.code.substring(1)).with(from(room)))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("There is no quiz with that code")));
			}
			this.mvc.perform(get("/join").param("code", this.code.toLowerCase()).with(from(room)))
				.andExpect(redirectedUrl("/join/" + this.code));
			Cookie voter = this.mvc.perform(get("/join/" + this.code).with(from(room)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getCookie(JoinController.VOTER_COOKIE);
			this.mvc.perform(vote(voter, 0, "HIGH").with(from(room)))
				.andExpect(flash().attribute("message", "Your vote has been counted."));
			this.mvc.perform(get("/join/" + this.code + "/state").with(from(room))).andExpect(status().isOk());
		}
		assertThat(tally()).contains("60 votes so far");
	}

	@Test
	void guessingCodesIsRefusedOnceAClientHasTriedTooManyWrongOnes() throws Exception {
		String guesser = "192.0.2.61";
		int tried = 0;
		MvcResult refused = null;
		while (refused == null && tried < 200) {
			MvcResult result = this.mvc
				.perform(get("/join").param("code", String.format("Z%05d", tried)).with(from(guesser)))
				.andReturn();
			if (result.getResponse().getStatus() == 429) {
				refused = result;
			}
			else {
				tried++;
			}
		}
		// at least a room's worth of mistakes first, refilled by one a second
		assertThat(tried).isBetween(60, 100);
		assertThat(refused).isNotNull();
		assertThat(refused.getResponse().getHeader("Retry-After")).isNotNull();
		assertThat(refused.getResponse().getContentAsString())
			.contains("More than 60 wrong quiz codes a minute came from your network address");
		this.mvc.perform(get("/join").param("code", this.code).with(from("192.0.2.62")))
			.andExpect(redirectedUrl("/join/" + this.code));
	}

	@Test
	void aTraineeVotesOnceAndTheTallyCountsEveryVote() throws Exception {
		Cookie first = join();
		Cookie second = join();
		this.mvc.perform(vote(first, 0, "HIGH", "PROFESSIONALISM", "TONE"))
			.andExpect(redirectedUrl("/join/" + this.code))
			.andExpect(flash().attribute("message", "Your vote has been counted."));
		this.mvc.perform(vote(first, 0, "NONE"))
			.andExpect(flash().attribute("message",
					"You have already voted on this scenario: only your first vote counts."));
		this.mvc.perform(vote(second, 0, "MEDIUM", "PROFESSIONALISM"));

		assertThat(tally()).contains("2 votes so far", "High: 1 vote (50%)", "Medium: 1 vote (50%)",
				"No risk: 0 votes (0%)", "Public trust in the profession: 2 votes (100%)",
				"Inflammatory or abusive tone: 1 vote (50%)");
		this.mvc.perform(get("/join/" + this.code).cookie(first))
			.andExpect(content().string(containsString("Your vote")))
			.andExpect(content().string(not(containsString("Send my vote"))));
	}

	@Test
	void aVoteNeedsARiskLevelAndTheVotersCookie() throws Exception {
		Cookie voter = join();
		this.mvc.perform(post("/join/" + this.code + "/votes").with(csrf()).cookie(voter).param("item", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose how risky you think the post is")));
		this.mvc.perform(vote(null, 0, "LOW"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must accept cookies")));
		assertThat(tally()).contains("0 votes so far");
	}

	@Test
	void revealingShowsTheEnginesFindingsAndEndsVotingOnThatScenario() throws Exception {
		Cookie voter = join();
		this.mvc.perform(vote(voter, 0, "LOW"));
		this.mvc.perform(post("/quiz/" + this.id + "/reveal").with(user(this.trainer)).with(csrf()));
		ScenarioFindings checker = this.casebook.findings(this.casebook.find(6).orElseThrow());
		Document screen = screen();
		assertThat(screen.getElementById("findings").text()).contains("The room said Low",
				"the checker says " + checker.page().riskLabel(), checker.page().result().findings().get(0).title(),
				"Learning point");
		this.mvc.perform(get("/join/" + this.code).cookie(voter))
			.andExpect(content().string(containsString("What the checker finds")));
		Cookie late = join();
		this.mvc.perform(vote(late, 0, "HIGH"))
			.andExpect(flash().attribute("message", "Voting on that scenario is over, so your vote was not counted."));
		assertThat(tally()).contains("1 vote so far");
	}

	@Test
	void movingOnOpensTheNextScenarioForVotes() throws Exception {
		Cookie voter = join();
		this.mvc.perform(post("/quiz/" + this.id + "/next").with(user(this.trainer)).with(csrf()));
		this.mvc.perform(get("/join/" + this.code + "/state"))
			.andExpect(jsonPath("$.item").value(1))
			.andExpect(jsonPath("$.revealed").value(false))
			.andExpect(jsonPath("$.closed").value(false));
		this.mvc.perform(vote(voter, 0, "HIGH"))
			.andExpect(flash().attribute("message", "Voting on that scenario is over, so your vote was not counted."));
		this.mvc.perform(vote(voter, 1, "NONE")).andExpect(flash().attribute("message", "Your vote has been counted."));
		assertThat(screen().text()).contains("Scenario 2 of 2", "A flu jab reminder", "1 vote so far");
	}

	@Test
	void closingTheSessionStopsVoting() throws Exception {
		Cookie voter = join();
		this.mvc.perform(post("/quiz/" + this.id + "/close").with(user(this.trainer)).with(csrf()));
		this.mvc.perform(vote(voter, 0, "HIGH"))
			.andExpect(flash().attribute("message", "Voting on that scenario is over, so your vote was not counted."));
		this.mvc.perform(get("/join/" + this.code).cookie(voter))
			.andExpect(content().string(containsString("This quiz has finished")))
			.andExpect(content().string(not(containsString("Send my vote"))));
		this.mvc.perform(get("/join/" + this.code + "/state")).andExpect(jsonPath("$.closed").value(true));
		assertThat(screen().text()).contains("This session is closed");
	}

	@Test
	void theResultsExportAsCsvBesideWhatTheCheckerFinds() throws Exception {
		Cookie first = join();
		Cookie second = join();
		this.mvc.perform(vote(first, 0, "HIGH", "PROFESSIONALISM", "TONE"));
		this.mvc.perform(vote(second, 0, "LOW"));
		String csv = this.mvc.perform(get("/quiz/" + this.id + "/results.csv").with(user(this.trainer)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"quiz-" + this.code + "-results.csv\""))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String[] rows = csv.split("\r\n");
		assertThat(rows).hasSize(3);
		assertThat(rows[0]).isEqualTo(QuizResultsCsv.HEADER);
		assertThat(rows[1])
			.startsWith("FY1 teaching," + this.code + ",1,A tweet after drinks,Trainee 1,HIGH,TONE;PROFESSIONALISM,")
			.endsWith(",HIGH,TONE;PROFESSIONALISM");
		assertThat(rows[2]).contains(",Trainee 2,LOW,,");
		assertThat(csv).doesNotContain(first.getValue()).doesNotContain(second.getValue());
	}

	@Test
	void onlyTheTrainerWhoOpenedASessionRunsIt() throws Exception {
		SignedInTrainer other = TestTrainers.add(this.accounts, "Dr Other");
		this.mvc.perform(get("/quiz/" + this.id).with(user(other))).andExpect(status().isForbidden());
		this.mvc.perform(post("/quiz/" + this.id + "/close").with(user(other)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/quiz/" + this.id + "/results.csv").with(user(other))).andExpect(status().isForbidden());
		this.mvc.perform(get("/quiz/" + this.id)).andExpect(redirectedUrl("/sign-in"));
		this.mvc.perform(get("/quiz/" + this.id + "/results.csv")).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void aSessionNeedsATitleAndScenariosFromTheCasebook() throws Exception {
		this.mvc.perform(post("/quiz").with(user(this.trainer)).with(csrf()).param("title", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a title the room will see")))
			.andExpect(content().string(containsString("Choose at least one scenario")));
		this.mvc.perform(
				post("/quiz").with(user(this.trainer)).with(csrf()).param("title", "X").param("scenarioIds", "987654"))
			.andExpect(content().string(containsString("Choose scenarios from the casebook")));
	}

}
