package uk.secondopinion;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar users run, started as README.md starts the app: {@code java -jar} with no
 * arguments but a port, in an empty folder. The other tests load the rule files, the
 * model, the migrations and the templates from the build's folders; this one finds out
 * whether they load from inside the jar, where a rule file once failed to parse while
 * every test passed. Run by Failsafe after {@code package}, as part of
 * {@code ./mvnw verify}.
 */
class PackagedJarIT {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ObjectMapper json = new ObjectMapper();

	@TempDir
	Path folder;

	@Test
	void theJarStartsOnItsEmbeddedDatabaseAndChecksADraft() throws Exception {
		Path jar = Path.of(System.getProperty("packagedJar"));
		assertThat(jar).as("the packaged jar (run ./mvnw verify, not the test alone)").isRegularFile();
		try (AppProcess app = AppProcess.fromJar(jar, this.folder, "app.log", AppProcess.freePort())) {
			app.awaitReady();

			HttpResponse<String> page = this.http.send(HttpRequest.newBuilder(URI.create(app.base() + "/")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("<textarea");
			assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();

			HttpResponse<String> created = this.http
				.send(HttpRequest.newBuilder(URI.create(app.base() + "/api/v1/checks"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers
						.ofString("{\"text\": \"Saw Mrs Pendlebury in bed 6 again today, third time this month\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(created.statusCode()).as(app.tail()).isEqualTo(201);
			JsonNode check = this.json.readTree(created.body());
			assertThat(check.get("riskLevel").asString()).isEqualTo("HIGH");
			assertThat(check.get("findings").findValuesAsString("ruleId")).contains("CONF_NAMED_PATIENT");
			// the rule set's version, then the learned model's: both read from the jar
			assertThat(check.get("rulesetVersion").asString()).matches("\\d{4}\\.\\d{1,2}\\.\\d{1,2}\\+ngram-lr-\\w+");
			assertThat(check.get("saferText").asString()).doesNotContain("Pendlebury");

			HttpResponse<String> read = this.http
				.send(HttpRequest.newBuilder(URI.create(app.base() + "/api/v1/checks/" + check.get("id").asString()))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(read.statusCode()).isEqualTo(200);
		}
		// README.md's default: an H2 file under ./data, so checks survive a restart
		assertThat(this.folder.resolve("data/second-opinion.mv.db")).isRegularFile();
		assertThat(Files.readString(this.folder.resolve("app.log"))).doesNotContain("Pendlebury");
	}

}
