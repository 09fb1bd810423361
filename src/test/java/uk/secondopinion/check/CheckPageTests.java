package uk.secondopinion.check;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class CheckPageTests {

	@Autowired
	private MockMvc mvc;

	private String submit(String text, String audience, String named) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/checks").with(csrf())
				.param("text", text)
				.param("platform", "TWITTER")
				.param("audience", audience)
				.param("namedAccount", named))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return result.getResponse().getRedirectedUrl();
	}

	@Test
	void theHomePageIsTheCheckForm() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Check my draft")))
			.andExpect(content().string(containsString("Twitter/X")))
			.andExpect(content().string(containsString("A doctors-only forum")))
			.andExpect(content().string(containsString("Does the account show your real name?")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void aRiskyDraftShowsItsRiskHighlightsFindingsGuidanceAndSaferVersion() throws Exception {
		String location = submit("As a GP: Mrs Ellery in bed 9 finally went home today!", "PUBLIC", "false");
		assertThat(location).startsWith("/checks/");
		this.mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Overall risk")))
			.andExpect(content().string(containsString("High")))
			.andExpect(content().string(containsString("class=\"app-highlight\"")))
			.andExpect(content().string(containsString("A patient named")))
			.andExpect(content().string(containsString("Posting as a doctor from an anonymous account")))
			.andExpect(content().string(containsString("paragraph 18")))
			.andExpect(content().string(containsString("[name] in")))
			.andExpect(content().string(containsString("Delete this check")))
			.andExpect(content().string(not(containsString("Ellery"))));
	}

	@Test
	void aCleanDraftSaysSoAndRemindsThatNothingIsPrivate() throws Exception {
		String location = submit("Flu jabs are free for over-65s this autumn. Ask your pharmacy.", "PUBLIC", "true");
		this.mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("None found")))
			.andExpect(content().string(containsString("We found nothing in this draft")))
			.andExpect(content().string(containsString("Nothing posted online is ever fully private")));
	}

	@Test
	void aBlankDraftIsRedisplayedWithAnErrorSummary() throws Exception {
		this.mvc
			.perform(post("/checks").with(csrf())
				.param("text", " ")
				.param("platform", "FACEBOOK")
				.param("audience", "FRIENDS")
				.param("namedAccount", "false"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#text\"")))
			.andExpect(content().string(containsString("Enter the text of your draft post")))
			.andExpect(content().string(org.hamcrest.Matchers
				.matchesPattern("(?s).*<option value=\"FACEBOOK\"[^>]*selected=\"selected\".*")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.matchesPattern("(?s).*value=\"FRIENDS\"[^>]*checked=\"checked\".*")));
	}

	@Test
	void aTooLongDraftIsRedisplayedWithTheDraftKept() throws Exception {
		String draft = "Keep me ".repeat(2_600);
		this.mvc
			.perform(post("/checks").with(csrf())
				.param("text", draft)
				.param("platform", "BLOG")
				.param("audience", "PUBLIC")
				.param("namedAccount", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("20,800 characters")))
			.andExpect(content().string(containsString(draft.strip())));
	}

	@Test
	void aDraftHoldingMarkupIsShownAsText() throws Exception {
		String location = submit("<script>alert('x')</script> <b>bold</b> you absolute moron", "PUBLIC", "true");
		this.mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("<b>bold</b>"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")));
	}

	@Test
	void theFormNeedsItsCsrfToken() throws Exception {
		this.mvc.perform(post("/checks").param("text", "Hello")).andExpect(status().isForbidden());
	}

	@Test
	void deletingACheckRemovesItAndSaysSo() throws Exception {
		String location = submit("Mrs Ellery in bed 9 went home", "PUBLIC", "true");
		this.mvc.perform(post(location + "/delete").with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("message", "Your check has been deleted."));
		this.mvc.perform(get(location)).andExpect(status().isNotFound());
	}

	@Test
	void pagesLoadTheirScriptsAndStylesFromFilesOnly() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(content().string(containsString("<script type=\"module\" src=\"/js/app.js\">")))
			.andExpect(content().string(containsString("<link rel=\"stylesheet\" href=\"/css/app.css\">")))
			.andExpect(content().string(not(org.hamcrest.Matchers.matchesPattern("(?s).*<script>.*"))))
			.andExpect(content().string(not(containsString(" style="))));
	}

	@Test
	void theFormKnowsEachPlatformsLimitForTheCharacterCounter() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(content().string(containsString("data-code=\"twitter\" data-limit=\"280\"")))
			.andExpect(content().string(containsString("Other allows up to 20,000 characters.")))
			.andExpect(content().string(containsString("data-preview-url=\"/api/v1/previews\"")));
	}

	@Test
	void aDraftTooLongForItsPlatformIsCalledOut() throws Exception {
		String location = submit("Flu jabs are free for over-65s this autumn. ".repeat(7), "PUBLIC", "true");
		this.mvc.perform(get(location))
			.andExpect(content().string(containsString("Too long to post")))
			.andExpect(content().string(containsString("more than Twitter/X allows (280)")));
	}

	@Test
	void thePrivacyPageSaysWhatIsKeptForHowLongAndHowToDeleteIt() throws Exception {
		this.mvc.perform(get("/privacy"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("a masked copy of your draft")))
			.andExpect(content().string(containsString("We never keep your draft as you wrote it")))
			.andExpect(content().string(containsString("<strong>30 days</strong>")))
			.andExpect(content().string(containsString("DELETE /api/v1/checks/{id}")))
			.andExpect(content().string(containsString("aria-current=\"page\"><strong")));
	}

	@Test
	void anUnknownCheckIsNotFound() throws Exception {
		this.mvc.perform(get("/checks/6f1c2b1e-0000-4000-8000-000000000000")).andExpect(status().isNotFound());
		this.mvc.perform(get("/checks/nonsense")).andExpect(status().isNotFound());
	}

}
