package uk.secondopinion.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real server, as a browser or program behind a TLS-terminating proxy sees
 * it: cookie flags, and per-client rate limits on checking. Allowances here are tiny so
 * they run out quickly; each test is a different client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "second-opinion.rate-limit.checks-per-minute=3",
				"second-opinion.rate-limit.previews-per-minute=5" })
@Import(ServedOverHttpTests.SessionEndpoint.class)
class ServedOverHttpTests {

	private static final String DRAFT = "{\"text\": \"Lovely to see Mrs Ellery in clinic again today\"}";

	private final HttpClient http = HttpClient.newHttpClient();

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	private int port;

	private HttpRequest.Builder request(String path, String client) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("X-Forwarded-For", client);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postJson(String path, String client, String body) throws Exception {
		return send(request(path, client).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private static String cookie(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((header) -> header.startsWith(name + "="))
			.findFirst()
			.orElse(null);
	}

	/**
	 * A test stand-in for any future page that signs someone in and so needs a session.
	 */
	@RestController
	static class SessionEndpoint {

		@GetMapping("/test-only/session")
		String startSession(HttpServletRequest request) {
			return request.getSession(true).getId().isEmpty() ? "none" : "started";
		}

	}

	// Cookies

	@Test
	void overPlainHttpTheCsrfCookieIsHttpOnlyAndStrictButNotSecure() throws Exception {
		HttpResponse<String> page = send(request("/", "198.51.100.1"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(cookie(page, "XSRF-TOKEN")).contains("HttpOnly")
			.contains("SameSite=Strict")
			.doesNotContain("Secure");
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void behindAProxyThatTerminatedHttpsTheCsrfCookieIsSecureAndHstsIsSent() throws Exception {
		HttpResponse<String> page = send(request("/", "198.51.100.2").header("X-Forwarded-Proto", "https"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(cookie(page, "XSRF-TOKEN")).contains("Secure").contains("HttpOnly").contains("SameSite=Strict");
		assertThat(page.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=").contains("includeSubDomains"));
	}

	@Test
	void checkingADraftStartsNoServerSession() throws Exception {
		HttpResponse<String> form = send(request("/", "198.51.100.3"));
		HttpResponse<String> created = postJson("/api/v1/checks", "198.51.100.3", DRAFT);
		HttpResponse<String> read = send(
				request(created.headers().firstValue("Location").orElseThrow(), "198.51.100.3"));
		for (HttpResponse<String> response : List.of(form, created, read)) {
			assertThat(cookie(response, "JSESSIONID")).as(response.uri().toString()).isNull();
		}
	}

	@Test
	void aSessionCookieIsHttpOnlyLaxAndSecureOverHttps() throws Exception {
		HttpResponse<String> plain = send(request("/test-only/session", "198.51.100.4"));
		assertThat(cookie(plain, "JSESSIONID")).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
		HttpResponse<String> secure = send(
				request("/test-only/session", "198.51.100.4").header("X-Forwarded-Proto", "https"));
		assertThat(cookie(secure, "JSESSIONID")).contains("HttpOnly").contains("SameSite=Lax").contains("Secure");
		assertThat(plain.uri().toString()).doesNotContain("jsessionid");
	}

	// Rate limits

	@Test
	void apiChecksOverTheAllowanceAreRefusedWithAProblemAndRetryAfter() throws Exception {
		String client = "203.0.113.10";
		String location = null;
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> created = postJson("/api/v1/checks", client, DRAFT);
			assertThat(created.statusCode()).isEqualTo(201);
			location = created.headers().firstValue("Location").orElseThrow();
		}
		HttpResponse<String> refused = postJson("/api/v1/checks", client, DRAFT);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(1L, 60L);
		JsonNode problem = this.json.readTree(refused.body());
		assertThat(problem.get("status").asInt()).isEqualTo(429);
		assertThat(problem.get("type").asString()).isEqualTo("/problems/too-many-requests");
		assertThat(problem.get("detail").asString()).contains("3 checks a minute")
			.contains("Try again in " + retryAfter);
		assertThat(refused.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		// reading and deleting are not limited
		assertThat(send(request(location, client)).statusCode()).isEqualTo(200);
		assertThat(send(request(location, client).DELETE()).statusCode()).isEqualTo(204);
	}

	@Test
	void eachClientBehindTheProxyHasItsOwnAllowance() throws Exception {
		for (int i = 0; i < 4; i++) {
			postJson("/api/v1/checks", "203.0.113.11", DRAFT);
		}
		assertThat(postJson("/api/v1/checks", "203.0.113.11", DRAFT).statusCode()).isEqualTo(429);
		assertThat(postJson("/api/v1/checks", "203.0.113.12", DRAFT).statusCode()).isEqualTo(201);
	}

	@Test
	void previewsHaveTheirOwnLargerAllowance() throws Exception {
		String client = "203.0.113.13";
		for (int i = 0; i < 3; i++) {
			postJson("/api/v1/checks", client, DRAFT);
		}
		assertThat(postJson("/api/v1/checks", client, DRAFT).statusCode()).isEqualTo(429);
		for (int i = 0; i < 5; i++) {
			assertThat(postJson("/api/v1/previews", client, DRAFT).statusCode()).isEqualTo(200);
		}
		HttpResponse<String> refused = postJson("/api/v1/previews", client, DRAFT);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.body()).contains("5 previews a minute");
	}

	@Test
	void theFormOverTheAllowanceSaysWhenToTryAgainAndKeepsTheDraft() throws Exception {
		String client = "203.0.113.14";
		HttpResponse<String> form = send(request("/", client));
		String cookie = cookie(form, "XSRF-TOKEN").split(";", 2)[0];
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(token.find()).isTrue();
		String draft = "Clinic ran late <again> & the coffee machine is broken";
		String body = "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&text="
				+ URLEncoder.encode(draft, StandardCharsets.UTF_8)
				+ "&platform=FACEBOOK&audience=FRIENDS&namedAccount=false";
		HttpRequest.Builder post = request("/checks", client).header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		for (int i = 0; i < 3; i++) {
			assertThat(send(post).statusCode()).isEqualTo(302);
		}
		HttpResponse<String> refused = send(post);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.body()).contains("3 checks a minute came from your network address")
			.contains("Clinic ran late &lt;again&gt; &amp; the coffee machine is broken")
			.containsPattern("<option[^>]+value=\"FACEBOOK\"[^>]*selected");
	}

}
