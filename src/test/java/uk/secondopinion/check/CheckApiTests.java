package uk.secondopinion.check;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class CheckApiTests {

	private static final String RISKY = """
			{"text": "Can anyone chase NHS no 999 000 0018? Mrs Ellery in bed 9 is waiting.",
			 "context": {"platform": "forum", "audience": "restricted", "namedAccount": false}}""";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CheckRepository checks;

	private final ObjectMapper json = new ObjectMapper();

	private JsonNode create(String body) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn();
		return this.json.readTree(result.getResponse().getContentAsString());
	}

	@Test
	void checkingADraftAnswersCreatedWithItsAddressAndFindings() throws Exception {
		this.mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(RISKY))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/checks/")))
			.andExpect(jsonPath("$.riskLevel").value("HIGH"))
			.andExpect(jsonPath("$.rulesetVersion").isNotEmpty())
			.andExpect(jsonPath("$.createdAt").isNotEmpty())
			.andExpect(jsonPath("$.expiresAt").isNotEmpty())
			.andExpect(jsonPath("$.context.platform").value("forum"))
			.andExpect(jsonPath("$.findings[*].category", hasItem("CONFIDENTIALITY")))
			.andExpect(jsonPath("$.findings[*].ruleId", hasItem("CONF_NHS_NUMBER")))
			.andExpect(jsonPath("$.findings[0].guidance[0].body").isNotEmpty())
			.andExpect(jsonPath("$.findings[0].guidance[0].url", startsWith("https://")))
			.andExpect(jsonPath("$.saferText", containsString("[NHS number]")));
	}

	@Test
	void offsetsPointIntoTheSubmittedText() throws Exception {
		String text = "😂 Mrs Ellery in bed 9 had a great day 👍 NHS no 999 000 0018";
		JsonNode body = create("{\"text\": \"" + text + "\"}");
		assertThat(body.get("findings").size()).isPositive();
		for (JsonNode finding : body.get("findings")) {
			assertThat(text.substring(finding.get("start").asInt(), finding.get("end").asInt()))
				.isEqualTo(finding.get("excerpt").asString());
		}
	}

	@Test
	void aStoredCheckReadsBackMaskedAndNeverReturnsAMaskedIdentifier() throws Exception {
		JsonNode created = create(RISKY);
		String id = created.get("id").asString();
		MvcResult read = this.mvc.perform(get("/api/v1/checks/" + id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.findings[*].excerpt", everyItem(org.hamcrest.Matchers.not(containsString("999")))))
			.andReturn();
		String stored = read.getResponse().getContentAsString();
		assertThat(stored).doesNotContain("999 000 0018").doesNotContain("Ellery");
		assertThat(created.toString()).as("the author sees their own excerpt at first").contains("999 000 0018");
	}

	@Test
	void contextMayBeLeftOut() throws Exception {
		this.mvc
			.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Hello\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.context.platform").value("other"))
			.andExpect(jsonPath("$.context.audience").value("public"))
			.andExpect(jsonPath("$.context.namedAccount").value(true))
			.andExpect(jsonPath("$.riskLevel").value("NONE"));
	}

	@Test
	void deletingACheckRemovesItAtOnce() throws Exception {
		String id = create(RISKY).get("id").asString();
		this.mvc.perform(delete("/api/v1/checks/" + id)).andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/checks/" + id))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(delete("/api/v1/checks/" + id)).andExpect(status().isNotFound());
	}

	@Test
	void anUnknownOrMalformedIdIsNotFound() throws Exception {
		this.mvc.perform(get("/api/v1/checks/6f1c2b1e-0000-4000-8000-000000000000"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").isNotEmpty());
		this.mvc.perform(get("/api/v1/checks/not-an-id")).andExpect(status().isNotFound());
	}

	@Test
	void aBlankDraftIsAProblemNamingTheField() throws Exception {
		this.mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"   \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("text"))
			.andExpect(jsonPath("$.errors[0].message").value("Enter the text of your draft post"));
		this.mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("text"));
	}

	@Test
	void aDraftOverTwentyThousandCharactersIsAProblem() throws Exception {
		String text = "a".repeat(20_001);
		this.mvc
			.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"" + text + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("text"))
			.andExpect(jsonPath("$.errors[0].message", containsString("20,001 characters")));
		String longest = "a".repeat(20_000);
		this.mvc
			.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"" + longest + "\"}"))
			.andExpect(status().isCreated());
	}

	@Test
	void anUnknownPlatformOrAudienceListsTheAllowedValues() throws Exception {
		this.mvc
			.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"Hi\", \"context\": {\"platform\": \"myspace\", \"audience\": \"everyone\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("context.platform"))
			.andExpect(jsonPath("$.errors[0].message",
					containsString("twitter, facebook, instagram, linkedin, forum, blog, other")))
			.andExpect(jsonPath("$.errors[1].field").value("context.audience"))
			.andExpect(jsonPath("$.errors[1].message", containsString("public, restricted")));
	}

	@Test
	void malformedJsonIsAProblem() throws Exception {
		this.mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content("{\"text\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("The request body is not valid JSON"));
		this.mvc
			.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"Hi\", \"context\": {\"namedAccount\": \"perhaps\"}}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theWrongContentTypeIsUnsupported() throws Exception {
		this.mvc.perform(post("/api/v1/checks").contentType(MediaType.TEXT_PLAIN).content("text=hello"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("application/json")));
	}

	@Test
	void aPreviewGivesFindingsAndStoresNothing() throws Exception {
		long before = this.checks.count();
		this.mvc.perform(post("/api/v1/previews").contentType(MediaType.APPLICATION_JSON).content(RISKY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.riskLevel").value("HIGH"))
			.andExpect(jsonPath("$.findings[*].ruleId", hasItem("CONF_NHS_NUMBER")))
			.andExpect(jsonPath("$.findings[0].excerpt").isNotEmpty())
			.andExpect(jsonPath("$.id").doesNotExist());
		assertThat(this.checks.count()).isEqualTo(before);
		this.mvc.perform(post("/api/v1/previews").contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("text"));
	}

	@Test
	void theApiIsDocumentedWithOpenApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/checks'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/checks/{id}'].delete").exists())
			.andExpect(jsonPath("$.paths['/api/v1/previews'].post").exists());
	}

}
