package uk.secondopinion.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.secondopinion.check.DraftRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No draft text reaches the logs, even with request logging turned up as someone
 * debugging a problem might: every way in (form, API, preview, bad requests) is used with
 * a draft carrying a unique marker, and all output is searched for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.uk.secondopinion=TRACE", "logging.level.org.springframework.web=DEBUG",
				"logging.level.org.springframework.security=DEBUG", "logging.level.org.hibernate.SQL=DEBUG",
				"logging.level.org.apache.tomcat=DEBUG", "logging.level.org.apache.catalina=DEBUG",
				"second-opinion.rate-limit.checks-per-minute=6" })
@ExtendWith(OutputCaptureExtension.class)
class DraftsAreNeverLoggedTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
	}

	private HttpResponse<String> postJson(String path, String body) throws Exception {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpRequest.Builder formPost(String cookie, String token, String draft) {
		return request("/checks").header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
					+ "&platform=TWITTER&audience=PUBLIC&namedAccount=false&text="
					+ URLEncoder.encode(draft, StandardCharsets.UTF_8)));
	}

	@Test
	void aDraftsTextAppearsInNoLogOutput(CapturedOutput output) throws Exception {
		String marker = "zq" + UUID.randomUUID().toString().replace("-", "");
		String draft = "Mrs Ellery in bed 9 told me " + marker + " about her husband, what an idiot he is";
		String json = "{\"text\": \"" + draft + "\", \"context\": {\"platform\": \"twitter\"}}";

		HttpResponse<String> created = postJson("/api/v1/checks", json);
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).as("the marker really went through the app").contains(marker);
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(send(request(location)).statusCode()).isEqualTo(200);
		assertThat(postJson("/api/v1/previews", json).statusCode()).isEqualTo(200);
		assertThat(postJson("/api/v1/checks", "{\"text\": " + marker + "}").statusCode()).isEqualTo(400);
		assertThat(postJson("/api/v1/checks", "{\"text\": \"" + draft + "\", \"context\": {\"platform\": \"myspace\"}}")
			.statusCode()).isEqualTo(400);
		assertThat(postJson("/api/v1/checks",
				"{\"text\": \"" + (draft + " ").repeat(DraftRules.MAX_LENGTH / draft.length() + 1) + "\"}")
			.statusCode()).isEqualTo(400);
		assertThat(send(request("/api/v1/checks").header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString(draft))).statusCode()).isEqualTo(415);

		HttpResponse<String> form = send(request("/"));
		String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(token.find()).isTrue();
		HttpRequest.Builder formPost = request("/checks").header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)
						+ "&platform=TWITTER&audience=PUBLIC&namedAccount=false&text="
						+ URLEncoder.encode(draft, StandardCharsets.UTF_8)));
		HttpResponse<String> posted = send(formPost);
		assertThat(posted.statusCode()).isEqualTo(302);
		HttpResponse<String> page = send(
				HttpRequest.newBuilder(URI.create(posted.headers().firstValue("Location").orElseThrow())));
		assertThat(page.body()).contains(marker);
		while (send(formPost).statusCode() != 429) {
			// use up the allowance, so a refused draft is tried too
		}
		assertThat(send(request(location).DELETE()).statusCode()).isEqualTo(204);

		assertThat(output.getAll()).as("the logging being searched was captured")
			.contains("POST \"/api/v1/checks\"")
			.contains("Completed 201 CREATED");
		assertThat(output.getAll()).doesNotContain(marker);
	}

}
