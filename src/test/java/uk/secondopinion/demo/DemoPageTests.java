package uk.secondopinion.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The live demo without JavaScript: the form posts and the page comes back with the
 * findings, and nothing is stored. (The script's half is the preview API, tested with the
 * API, and a browser test.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoPageTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private int storedChecks() {
		return this.jdbc.queryForObject("select count(*) from checks", Integer.class);
	}

	@Test
	void theDemoPageOffersTheFormAndTheScriptThatCallsThePreviewApi() throws Exception {
		this.mvc.perform(get("/demo"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/demo\"")))
			.andExpect(content().string(containsString("data-preview-url=\"/api/v1/previews\"")))
			.andExpect(content().string(containsString("src=\"/js/live-demo.js\"")))
			.andExpect(content().string(containsString("data-code=\"twitter\"")))
			.andExpect(content().string(containsString("data-code=\"restricted\"")));
	}

	@Test
	void withoutJavaScriptTheFormShowsTheFindingsAndStoresNothing() throws Exception {
		int before = storedChecks();
		this.mvc
			.perform(post("/demo").with(csrf())
				.param("text", "Accepted a friend request from one of my patients <script>x</script>")
				.param("platform", "FACEBOOK")
				.param("audience", "FRIENDS")
				.param("namedAccount", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Connecting with a patient on social media")))
			.andExpect(content().string(containsString("&lt;script&gt;x&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>x"))));
		assertThat(storedChecks()).isEqualTo(before);
	}

	@Test
	void aBlankDraftIsRedisplayedWithAnError() throws Exception {
		this.mvc.perform(
				post("/demo").with(csrf()).param("text", " ").param("platform", "TWITTER").param("audience", "PUBLIC"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter the text of your draft post")));
	}

	@Test
	void theDemoStartsFromAScenarioOrARuleExample() throws Exception {
		this.mvc.perform(get("/demo").param("scenario", "13"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Started from Scenario: Monday&#39;s operating list")))
			.andExpect(content().string(containsString("An NHS number")));
		this.mvc.perform(get("/demo").param("rule", "BOUND_SOCIAL_CONNECTION_WITH_PATIENT").param("example", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Connecting with a patient on social media")));
		this.mvc.perform(get("/demo").param("rule", "NO_SUCH_RULE")).andExpect(status().isNotFound());
		this.mvc.perform(get("/demo").param("rule", "BOUND_SOCIAL_CONNECTION_WITH_PATIENT").param("example", "999"))
			.andExpect(status().isNotFound());
	}

}
