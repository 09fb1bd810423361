package uk.secondopinion.demo;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
 * The live demo: the check page's live feedback script finds what it needs here, and
 * without JavaScript the form posts and the page comes back with the findings. Nothing is
 * stored either way.
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
	void theDemoPageCarriesWhatTheLiveFeedbackScriptNeeds() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/demo"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		Element form = page.getElementById("demo-form");
		assertThat(form.attr("action")).isEqualTo("/demo");
		assertThat(form.selectFirst("textarea#text")).isNotNull();
		assertThat(form.selectFirst("#live-feedback").attr("data-preview-url")).isEqualTo("/api/v1/previews");
		assertThat(form.select("#live-summary, #live-findings, #text-count")).hasSize(3);
		assertThat(form.select("select#platform option").eachAttr("data-code")).contains("twitter", "forum");
		assertThat(form.select("select#platform option").eachAttr("data-limit")).contains("280");
		assertThat(form.select("input[name=audience]").eachAttr("data-code")).contains("public", "restricted");
		assertThat(page.select("script[src]").eachAttr("src")).contains("/js/app.js");
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
			.andExpect(content().string(containsString("Professional boundaries with patients")))
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
			.andExpect(content().string(containsString("Patient confidentiality")));
		this.mvc.perform(get("/demo").param("rule", "BOUND_SOCIAL_CONNECTION_WITH_PATIENT").param("example", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Professional boundaries with patients")));
		this.mvc.perform(get("/demo").param("rule", "NO_SUCH_RULE")).andExpect(status().isNotFound());
		this.mvc.perform(get("/demo").param("rule", "BOUND_SOCIAL_CONNECTION_WITH_PATIENT").param("example", "999"))
			.andExpect(status().isNotFound());
	}

}
