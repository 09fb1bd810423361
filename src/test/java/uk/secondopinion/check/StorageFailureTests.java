package uk.secondopinion.check;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * When the database refuses a check, the doctor is told plainly that nothing was kept,
 * the form keeps the draft, and nothing of it reaches the logs, though the database's own
 * error quotes the value it refused. The database here has a column too short for any
 * real draft, in a database of its own.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:storage-failure;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
@Sql(statements = "alter table checks alter column masked_text set data type varchar(20)")
class StorageFailureTests {

	@Autowired
	private MockMvc mvc;

	private static String draft(String marker) {
		return "Quiet night on call, the registrar told me " + marker + " about the rota again";
	}

	private static String marker() {
		return "zq" + UUID.randomUUID().toString().replace("-", "");
	}

	@Test
	void theApiAnswers503WithAProblemAndNoTrace(CapturedOutput output) throws Exception {
		String marker = marker();
		this.mvc
			.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"" + draft(marker) + "\"}"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("Retry-After", "60"))
			.andExpect(jsonPath("$.type").value("/problems/check-not-stored"))
			.andExpect(jsonPath("$.detail").value(containsString("nothing was kept")))
			.andExpect(content().string(not(containsString(marker))));
		assertThat(output).contains("A check could not be stored").doesNotContain(marker);
	}

	@Test
	void theFormKeepsTheDraftAndSaysNothingWasKept(CapturedOutput output) throws Exception {
		String marker = marker();
		this.mvc
			.perform(post("/checks").with(csrf())
				.param("text", draft(marker))
				.param("platform", "FORUM")
				.param("audience", "CLOSED_GROUP")
				.param("namedAccount", "true"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(containsString("<title>Error: Check your draft post - Second Opinion</title>")))
			.andExpect(content().string(containsString("could not be saved just now, so nothing was kept")))
			.andExpect(content().string(containsString(draft(marker))));
		assertThat(output).contains("A check could not be stored").doesNotContain(marker);
	}

}
