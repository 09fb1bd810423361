package uk.secondopinion.casebook;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.secondopinion.account.SignedInTrainer;
import uk.secondopinion.account.TestTrainers;
import uk.secondopinion.account.TrainerAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The casebook as people use it: anyone reads it with live findings; signed-in trainers
 * write, edit and retire their own scenarios, and nobody else's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CasebookTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TrainerAccounts accounts;

	@Autowired
	private ScenarioRepository scenarios;

	private SignedInTrainer author;

	private SignedInTrainer colleague;

	@BeforeEach
	void trainers() {
		this.author = TestTrainers.add(this.accounts, "Dr Author");
		this.colleague = TestTrainers.add(this.accounts, "Dr Colleague");
	}

	private static MockHttpServletRequestBuilder scenarioForm(String path, String title) {
		return scenarioForm(path, title, "PROFESSIONALISM");
	}

	private static MockHttpServletRequestBuilder scenarioForm(String path, String title, String expected) {
		return post(path).with(csrf())
			.param("title", title)
			.param("situation", "A registrar posts after a shift.")
			.param("draft", "Absolutely smashed after the party and on call at 8 tomorrow")
			.param("platform", "TWITTER")
			.param("audience", "PUBLIC")
			.param("namedAccount", "true")
			.param("learningPoint", "Posting about working impaired undermines trust.")
			.param("question1", "Who reads this?")
			.param("question2", "What would you do instead?")
			.param("guidance", "GMC-GMP-2024-81")
			.param("expectedCategories", expected);
	}

	private long create(SignedInTrainer trainer, String title) throws Exception {
		String location = this.mvc.perform(scenarioForm("/casebook/new", title).with(user(trainer)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/casebook/\\d+");
		return Long.parseLong(location.substring("/casebook/".length()));
	}

	@Test
	void anyoneReadsTheCasebookWithFindingsFromTheEngine() throws Exception {
		this.mvc.perform(get("/casebook"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Planking on the helipad")))
			.andExpect(content().string(containsString("The WhatsApp screenshot")))
			.andExpect(content().string(not(containsString("Write a scenario"))));
		this.mvc.perform(get("/casebook/10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The WhatsApp screenshot")))
			.andExpect(content().string(containsString("Patient confidentiality")))
			.andExpect(content().string(containsString("class=\"app-highlight\"")))
			.andExpect(content().string(containsString("Learning point")))
			.andExpect(content().string(containsString("Who could recognise this patient?")))
			.andExpect(content().string(containsString("Using social media as a medical professional")))
			.andExpect(content().string(not(containsString("no longer agrees"))));
	}

	@Test
	void theListFiltersByTheRiskAScenarioTeaches() throws Exception {
		this.mvc.perform(get("/casebook").param("category", "CONFLICT_OF_INTEREST"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A discount code for collagen")))
			.andExpect(content().string(not(containsString("Planking on the helipad"))));
	}

	@Test
	void anonymousUsersCannotWriteOrEditAtAll() throws Exception {
		this.mvc.perform(get("/casebook/new")).andExpect(redirectedUrl("/sign-in"));
		this.mvc.perform(scenarioForm("/casebook/new", "Sneaky")).andExpect(redirectedUrl("/sign-in"));
		long id = create(this.author, "Mine to keep");
		this.mvc.perform(get("/casebook/" + id + "/edit")).andExpect(redirectedUrl("/sign-in"));
		this.mvc.perform(scenarioForm("/casebook/" + id + "/edit", "Defaced")).andExpect(redirectedUrl("/sign-in"));
		this.mvc.perform(post("/casebook/" + id + "/retire").with(csrf())).andExpect(redirectedUrl("/sign-in"));
		assertThat(this.scenarios.findById(id).orElseThrow().getTitle()).isEqualTo("Mine to keep");
	}

	@Test
	void aTrainerWritesAScenarioThatJoinsTheCasebook() throws Exception {
		long id = create(this.author, "After the party");
		this.mvc.perform(get("/casebook"))
			.andExpect(content().string(containsString("After the party")))
			.andExpect(content().string(not(containsString("Yours"))));
		this.mvc.perform(get("/casebook").with(user(this.author))).andExpect(content().string(containsString("Yours")));
		this.mvc.perform(get("/casebook/" + id).with(user(this.author)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Written by you")))
			.andExpect(content().string(containsString("Edit this scenario")))
			.andExpect(content().string(containsString("Public trust in the profession")));
		assertThat(id).isGreaterThanOrEqualTo(1000);
	}

	@Test
	void aTrainerCannotEditOrRetireAnotherTrainersScenario() throws Exception {
		long id = create(this.author, "Not yours");
		this.mvc.perform(get("/casebook/" + id + "/edit").with(user(this.colleague))).andExpect(status().isForbidden());
		this.mvc.perform(scenarioForm("/casebook/" + id + "/edit", "Taken over").with(user(this.colleague)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/casebook/" + id + "/retire").with(user(this.colleague)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/casebook/" + id).with(user(this.colleague)))
			.andExpect(content().string(not(containsString("Edit this scenario"))));
		Scenario unchanged = this.scenarios.findById(id).orElseThrow();
		assertThat(unchanged.getTitle()).isEqualTo("Not yours");
		assertThat(unchanged.isRetired()).isFalse();
	}

	@Test
	void nobodyCanEditTheShippedCasebook() throws Exception {
		this.mvc.perform(get("/casebook/1/edit").with(user(this.author))).andExpect(status().isForbidden());
		this.mvc.perform(scenarioForm("/casebook/1/edit", "Rewritten").with(user(this.author)))
			.andExpect(status().isForbidden());
		assertThat(this.scenarios.findById(1L).orElseThrow().getTitle())
			.isEqualTo("Lying face down on the resus trolleys");
	}

	@Test
	void anAuthorEditsTheirScenario() throws Exception {
		long id = create(this.author, "First title");
		this.mvc.perform(get("/casebook/" + id + "/edit").with(user(this.author)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"First title\"")));
		this.mvc.perform(scenarioForm("/casebook/" + id + "/edit", "Second title").with(user(this.author)))
			.andExpect(redirectedUrl("/casebook/" + id));
		assertThat(this.scenarios.findById(id).orElseThrow().getTitle()).isEqualTo("Second title");
	}

	@Test
	void anAuthorRetiresAScenarioWhichOnlyTheyStillSeeAndCanBringBack() throws Exception {
		long id = create(this.author, "Soon retired");
		this.mvc.perform(post("/casebook/" + id + "/retire").with(user(this.author)).with(csrf()))
			.andExpect(redirectedUrl("/casebook"));
		this.mvc.perform(get("/casebook")).andExpect(content().string(not(containsString("Soon retired"))));
		this.mvc.perform(get("/casebook/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/casebook/" + id).with(user(this.colleague))).andExpect(status().isNotFound());
		this.mvc.perform(get("/casebook").with(user(this.author)))
			.andExpect(content().string(containsString("Your retired scenarios")))
			.andExpect(content().string(containsString("Soon retired")));
		this.mvc.perform(post("/casebook/" + id + "/restore").with(user(this.author)).with(csrf()))
			.andExpect(redirectedUrl("/casebook/" + id));
		this.mvc.perform(get("/casebook/" + id)).andExpect(status().isOk());
	}

	@Test
	void aFormWithProblemsIsShownAgainKeepingWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/casebook/new").with(user(this.author))
				.with(csrf())
				.param("title", "Half written")
				.param("draft", "Draft kept <b>as text</b>")
				.param("question1", "Only one question?")
				.param("expectedCategories", "TONE")
				.param("excludedCategories", "TONE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Describe the situation around the post")))
			.andExpect(content().string(containsString("Enter at least two discussion questions")))
			.andExpect(content().string(containsString("Choose at least one piece of guidance")))
			.andExpect(content().string(containsString("cannot be both")))
			.andExpect(content().string(containsString("value=\"Half written\"")))
			.andExpect(content().string(containsString("Draft kept &lt;b&gt;as text&lt;/b&gt;")));
	}

	@Test
	void aScenarioWhoseFindingsDriftFromWhatItTeachesSaysSo() throws Exception {
		String location = this.mvc
			.perform(scenarioForm("/casebook/new", "Wrong expectation", "CONFIDENTIALITY").with(user(this.author))
				.param("excludedCategories", "PROFESSIONALISM"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(location).with(user(this.author)))
			.andExpect(content().string(containsString("The checker no longer agrees with this scenario")))
			.andExpect(content().string(containsString("patient confidentiality</strong>")))
			.andExpect(content().string(containsString("which this scenario says it must not")));
	}

	@Test
	void aTrainerStartsFromACopyOfAShippedScenario() throws Exception {
		this.mvc.perform(get("/casebook/new").param("from", "2").with(user(this.author)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Copy of Planking on the helipad\"")));
	}

	@Test
	void whatATrainerTypedIsShownAsText() throws Exception {
		long id = create(this.author, "<script>alert('x')</script>");
		this.mvc.perform(get("/casebook/" + id))
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

}
