package uk.secondopinion.check;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A regression corpus of hostile drafts, each checked through the API and shown on its
 * result page: attempts at catastrophic backtracking, markup and script, SQL, Markdown
 * and BBCode, template expressions, floods of emoji and control characters. Each is
 * checked (201), its offsets hold, what it says is kept verbatim, and the page shows it
 * as text, never as markup.
 */
@SpringBootTest(properties = "second-opinion.rate-limit.enabled=false")
@AutoConfigureMockMvc
class AdversarialDraftsTests {

	private static final String[] NEVER_AS_MARKUP = { "<script>alert", "<img src=x", "<svg onload", "<iframe",
			"href=\"javascript:", "<b>bold</b>", "<a href=\"http://evil" };

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CheckRepository checks;

	private final ObjectMapper json = new ObjectMapper();

	static Stream<Arguments> hostileDrafts() {
		return Stream.of(Arguments.of("nested quantifier bait", "a".repeat(19_999) + "!"),
				Arguments.of("almost an email address", "a@".repeat(5_000) + "a"),
				Arguments.of("almost an NHS number", "NHS no " + "9 ".repeat(6_000)),
				Arguments.of("endless titles", "Mr ".repeat(6_000)),
				Arguments.of("unclosed brackets", "(".repeat(10_000) + "Mrs Ellery"),
				Arguments.of("digits without end", "1".repeat(20_000)),
				Arguments.of("script", "<script>alert('x')</script> Mrs Ellery in bed 9 was discharged"),
				Arguments.of("event handlers",
						"<img src=x onerror=alert(1)> \"><svg onload=alert(1)> <iframe src=//x>"),
				Arguments.of("markup and links", "<b>bold</b> <a href=\"http://evil.example\">click</a> &amp; &lt;"),
				Arguments.of("SQL", "Robert'); DROP TABLE checks; -- and 1' OR '1'='1 /* patient */"),
				Arguments.of("Markdown", "[click me](javascript:alert(1)) **bold** _it_ `code` > quoted\n# heading"),
				Arguments.of("BBCode", "[url=javascript:alert(1)]my patient[/url] [img]http://x.example/y.png[/img]"),
				Arguments.of("template expressions", "${7*7} [[${7*7}]] *{7*7} #{7*7} {{7*7}} __${7*7}__ @{/x}"),
				Arguments.of("emoji flood", "😂".repeat(9_000) + " idiot " + "👍🏽".repeat(400)),
				Arguments.of("joined emoji", "👩‍⚕️".repeat(3_000)),
				Arguments.of("right-to-left override", "\u202eMrs Ellery\u202c in bed \u20669\u2069 \u200fidiot\u200e"),
				Arguments.of("control characters", "\u0000\u0007\u001b[2J\u001b[31mred\r\n\u000b\u000c Mrs Ellery"),
				Arguments.of("lone surrogates", "\ud800 broken \udc00 pairs \ud83d idiot"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileDrafts")
	void aHostileDraftIsCheckedKeptVerbatimAndShownAsText(String name, String draft) throws Exception {
		long before = this.checks.count();
		String body = this.json.writeValueAsString(java.util.Map.of("text", draft));
		MvcResult created = this.mvc
			.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn();
		JsonNode check = this.json.readTree(created.getResponse().getContentAsString());
		for (JsonNode finding : check.get("findings")) {
			int start = finding.get("start").asInt();
			int end = finding.get("end").asInt();
			assertThat(draft.substring(start, end)).isEqualTo(finding.get("excerpt").asString());
		}
		assertThat(this.checks.count()).as("stored, and the table is still there").isEqualTo(before + 1);

		String id = check.get("id").asString();
		JsonNode read = this.json.readTree(this.mvc.perform(get("/api/v1/checks/" + id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		String safer = check.get("saferText").asString().replace('\u0000', '\uFFFD');
		assertThat(read.get("saferText").asString()).isEqualTo(safer);

		String page = this.mvc.perform(get("/checks/" + id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String markup : NEVER_AS_MARKUP) {
			assertThat(page).doesNotContain(markup);
		}
		assertThat(page).contains(HtmlUtils.htmlEscape(safer, "UTF-8"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileDrafts")
	void aHostileDraftThroughTheFormIsCheckedOrRedisplayedAsText(String name, String draft) throws Exception {
		MvcResult posted = this.mvc
			.perform(post("/checks").with(csrf())
				.param("text", draft)
				.param("platform", "FORUM")
				.param("audience", "PUBLIC")
				.param("namedAccount", "false"))
			.andReturn();
		int status = posted.getResponse().getStatus();
		assertThat(status).isIn(302, 200);
		if (status == 200) {
			String page = posted.getResponse().getContentAsString();
			for (String markup : NEVER_AS_MARKUP) {
				assertThat(page).doesNotContain(markup);
			}
		}
	}

}
