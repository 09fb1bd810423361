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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import uk.secondopinion.account.SignedInTrainer;
import uk.secondopinion.account.TestTrainers;
import uk.secondopinion.account.TrainerAccounts;
import uk.secondopinion.quiz.Quiz;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real server, as a browser or program behind a TLS-terminating proxy sees
 * it: cookie flags, and per-client rate limits on checking, signing in and joining a
 * quiz. Allowances here are tiny so they run out quickly; each test is a different
 * client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "second-opinion.rate-limit.checks-per-minute=3",
				"second-opinion.rate-limit.previews-per-minute=5",
				"second-opinion.rate-limit.failed-sign-ins-per-minute=2",
				"second-opinion.rate-limit.wrong-quiz-codes-per-minute=2" })
@Import(ServedOverHttpTests.SessionEndpoint.class)
class ServedOverHttpTests {

	private static final String DRAFT = "{\"text\": \"Lovely to see Mrs Ellery in clinic again today\"}";

	private final HttpClient http = HttpClient.newHttpClient();

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	private int port;

	@Autowired
	private TrainerAccounts accounts;

	@Autowired
	private Quiz quiz;

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

	/**
	 * A form posted as a browser posts it: with the CSRF cookie and token from the page
	 * it was on, and these fields.
	 */
	private HttpRequest.Builder formPost(String page, String path, String client, String... namesAndValues)
			throws Exception {
		HttpResponse<String> form = send(request(page, client));
		String cookie = cookie(form, "XSRF-TOKEN").split(";", 2)[0];
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(token.find()).isTrue();
		StringBuilder body = new StringBuilder("_csrf=").append(encode(token.group(1)));
		for (int i = 0; i < namesAndValues.length; i += 2) {
			body.append('&').append(namesAndValues[i]).append('=').append(encode(namesAndValues[i + 1]));
		}
		return request(path, client).header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static long retryAfter(HttpResponse<?> response) {
		long seconds = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
		assertThat(seconds).isBetween(1L, 60L);
		return seconds;
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

	/**
	 * A client reads a stored check's answer as one piece of known length, as it does a
	 * preview's, rather than in chunks, which cost the server a write more.
	 */
	@Test
	void aStoredCheckIsAnsweredWithItsLengthNotInChunks() throws Exception {
		for (String path : List.of("/api/v1/checks", "/api/v1/previews")) {
			HttpResponse<String> answer = postJson(path, "198.51.100.5", DRAFT);
			assertThat(answer.statusCode()).as(path).isBetween(200, 201);
			assertThat(answer.headers().firstValue("Transfer-Encoding")).as(path).isEmpty();
			assertThat(answer.headers().firstValueAsLong("Content-Length")).as(path)
				.hasValue(answer.body().getBytes(StandardCharsets.UTF_8).length);
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
		HttpRequest.Builder post = formPost("/", "/checks", "203.0.113.14", "text",
				"Clinic ran late <again> & the coffee machine is broken", "platform", "FACEBOOK", "audience", "FRIENDS",
				"namedAccount", "false");
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

	@Test
	void signingInOverTheAllowanceSaysWhenToTryAgainAndKeepsTheUsernameButNotThePassword() throws Exception {
		HttpRequest.Builder wrong = formPost("/sign-in", "/sign-in", "203.0.113.15", "username",
				"o'neil@example.org\"><script>alert(1)</script>", "password", "not-the-password-77");
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> failed = send(wrong);
			assertThat(failed.statusCode()).isEqualTo(302);
			assertThat(failed.headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/sign-in?error"));
		}
		HttpResponse<String> refused = send(wrong);
		assertThat(refused.statusCode()).isEqualTo(429);
		long retryAfter = retryAfter(refused);
		assertThat(refused.body()).contains("<title>Error: Sign in - Second Opinion</title>")
			.contains("More than 2 failed sign-ins a minute came from your network address. Try again in " + retryAfter
					+ " seconds.")
			.contains("o&#39;neil@example.org&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)")
			.doesNotContain("not-the-password-77")
			.contains("name=\"_csrf\"");
		assertThat(refused.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void joiningOverTheAllowanceSaysWhenToTryAgainAndKeepsTheCode() throws Exception {
		String client = "203.0.113.16";
		for (String wrong : List.of("ZZZZZZ", "ZZZZZY")) {
			HttpResponse<String> notFound = send(request("/join?code=" + wrong, client));
			assertThat(notFound.statusCode()).isEqualTo(200);
			assertThat(notFound.body()).contains("There is no quiz with that code");
		}
		HttpResponse<String> refused = send(request("/join?code=" + encode("<b>K7PM2Q"), client));
		assertThat(refused.statusCode()).isEqualTo(429);
		long retryAfter = retryAfter(refused);
		assertThat(refused.body()).contains("<title>Error: Join a quiz - Second Opinion</title>")
			.contains("More than 2 wrong quiz codes a minute came from your network address. Try again in " + retryAfter
					+ " seconds.")
			.contains("value=\"&lt;b&gt;K7PM2Q\"")
			.doesNotContain("<b>K7PM2Q");
		// Until the allowance refills even the right code is refused, wherever it is
		// tried,
		// so a guesser cannot tell it from a wrong one.
		SignedInTrainer trainer = TestTrainers.add(this.accounts, "Dr Guarded");
		String code = this.quiz.open(trainer.getId(), "Guarded quiz", List.of(6L)).getJoinCode();
		for (String path : List.of("/join?code=" + code, "/join/" + code, "/join/" + code + "/state")) {
			HttpResponse<String> page = send(request(path, client));
			assertThat(page.statusCode()).as(path).isEqualTo(429);
			retryAfter(page);
		}
		assertThat(send(request("/join/" + code, client).header("Accept", "text/html")).body())
			.contains("<title>Too many requests - Second Opinion</title>");
		assertThat(send(request("/join?code=" + code, "203.0.113.17")).statusCode()).isEqualTo(302);
	}

	@Test
	void theDemoFormCountsAgainstThePreviewAllowanceAndKeepsTheDraft() throws Exception {
		HttpRequest.Builder post = formPost("/demo", "/demo", "203.0.113.18", "text",
				"Saw <Mrs Ellery> again & she's fine", "platform", "TWITTER", "audience", "PUBLIC", "namedAccount",
				"true");
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> shown = send(post);
			assertThat(shown.statusCode()).isEqualTo(200);
			assertThat(shown.body()).contains("id=\"demo-result-heading\"");
		}
		HttpResponse<String> refused = send(post);
		assertThat(refused.statusCode()).isEqualTo(429);
		long retryAfter = retryAfter(refused);
		assertThat(refused.body()).contains("<title>Error: Live demo - Second Opinion</title>")
			.contains("More than 5 previews a minute came from your network address. Try again in " + retryAfter
					+ " seconds.")
			.contains("Saw &lt;Mrs Ellery&gt; again &amp; she&#39;s fine")
			.doesNotContain("id=\"demo-result-heading\"");
		// a scenario opened in the demo is checked at once, so it counts too
		assertThat(send(request("/demo?scenario=1", "203.0.113.18")).statusCode()).isEqualTo(429);
		assertThat(send(request("/demo?scenario=1", "203.0.113.19")).statusCode()).isEqualTo(200);
	}

}
