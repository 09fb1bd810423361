package uk.secondopinion.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The protections every response carries, forms' CSRF tokens, and what the actuator
 * reveals.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityTests {

	private static final String DRAFT = "{\"text\": \"Mrs Ellery in bed 9 went home today\"}";

	@Autowired
	private MockMvc mvc;

	private String storedCheckId() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(DRAFT))
			.andExpect(status().isCreated())
			.andReturn();
		String location = result.getResponse().getHeader("Location");
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private void assertProtected(MockHttpServletRequestBuilder request) throws Exception {
		ResultActions response = this.mvc.perform(request);
		response
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("default-src 'self'"), containsString("script-src 'self';"),
							containsString("frame-ancestors 'none'"), containsString("object-src 'none'"),
							not(containsString("unsafe-inline")), not(containsString("unsafe-eval")))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(header().string("Cache-Control", containsString("no-store")));
	}

	@Test
	void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
		String id = storedCheckId();
		assertProtected(get("/"));
		assertProtected(get("/checks/" + id));
		assertProtected(get("/checks/00000000-0000-4000-8000-000000000000"));
		assertProtected(get("/no-such-page"));
		assertProtected(post("/checks").with(csrf())
			.param("text", "Clinic is busy today")
			.param("platform", "OTHER")
			.param("audience", "PUBLIC")
			.param("namedAccount", "true"));
		assertProtected(post("/checks").with(csrf()).param("text", " "));
		assertProtected(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(DRAFT));
		assertProtected(get("/api/v1/checks/" + id));
		assertProtected(get("/api/v1/checks/not-an-id"));
		assertProtected(post("/api/v1/previews").contentType(MediaType.APPLICATION_JSON).content(DRAFT));
		assertProtected(get("/actuator/health"));
		assertProtected(get("/css/app.css"));
	}

	@Test
	void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/checks").param("text", "Clinic is busy today")).andExpect(status().isForbidden());
		this.mvc.perform(post("/checks/00000000-0000-4000-8000-000000000000/delete")).andExpect(status().isForbidden());
		this.mvc.perform(post("/checks").with(csrf().useInvalidToken()).param("text", "Clinic is busy today"))
			.andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@ValueSource(strings = { "env", "beans", "configprops", "heapdump", "threaddump", "loggers", "mappings", "metrics",
			"prometheus", "info", "shutdown" })
	void theActuatorExposesOnlyHealth(String endpoint) throws Exception {
		this.mvc.perform(get("/actuator/" + endpoint)).andExpect(status().isNotFound());
	}

	@Test
	void healthSaysUpWithoutDetailsAndHasProbes() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}

}
