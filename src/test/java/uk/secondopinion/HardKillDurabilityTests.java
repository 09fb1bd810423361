package uk.secondopinion;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks survive the app being killed outright: the app runs as its own process on an H2
 * file, clients keep checking drafts, the process is killed with SIGKILL (no graceful
 * shutdown, no flushing) in the middle of it, and after a restart on the same file every
 * check that had been acknowledged with 201 reads back unchanged.
 */
class HardKillDurabilityTests {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ObjectMapper json = new ObjectMapper();

	@TempDir
	Path directory;

	@Test
	void everyAcknowledgedCheckSurvivesAHardKillAndRestart() throws Exception {
		int port = AppProcess.freePort();
		Map<String, String> acknowledged = new ConcurrentHashMap<>();
		AtomicBoolean writing = new AtomicBoolean(true);
		ExecutorService writers = Executors.newFixedThreadPool(8);
		try (AppProcess first = start(port, "first.log")) {
			first.awaitReady();
			String base = first.base();
			for (int w = 0; w < 8; w++) {
				int writer = w;
				writers.submit(() -> {
					for (int n = 0; writing.get(); n++) {
						try {
							String draft = "Writer " + writer + " check " + n + ": Mrs Ellery in bed 9 went home";
							HttpResponse<String> created = this.http
								.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/checks"))
									.header("Content-Type", "application/json")
									.timeout(Duration.ofSeconds(30))
									.POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + draft + "\"}"))
									.build(), HttpResponse.BodyHandlers.ofString());
							if (created.statusCode() == 201) {
								JsonNode body = this.json.readTree(created.body());
								acknowledged.put(body.get("id").asString(), body.get("saferText").asString());
							}
						}
						catch (IOException | InterruptedException ex) {
							// the app was killed mid-request: this check was never
							// acknowledged
						}
					}
					return null;
				});
			}
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (acknowledged.size() < 300 && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			first.kill();
		}
		finally {
			writing.set(false);
			writers.shutdown();
			writers.awaitTermination(60, TimeUnit.SECONDS);
		}
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(300);

		try (AppProcess second = start(port, "second.log")) {
			second.awaitReady();
			for (Map.Entry<String, String> check : acknowledged.entrySet()) {
				HttpResponse<String> read = this.http.send(
						HttpRequest.newBuilder(URI.create(second.base() + "/api/v1/checks/" + check.getKey())).build(),
						HttpResponse.BodyHandlers.ofString());
				assertThat(read.statusCode()).as("acknowledged check %s", check.getKey()).isEqualTo(200);
				assertThat(this.json.readTree(read.body()).get("saferText").asString()).isEqualTo(check.getValue());
			}
		}
	}

	/** The app on the test class path, with an H2 file in the temporary folder. */
	private AppProcess start(int port, String log) throws IOException {
		return AppProcess.onClassPath(
				this.directory, log, port, "--spring.datasource.url=jdbc:h2:file:"
						+ this.directory.resolve("db/second-opinion") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
				"--second-opinion.rate-limit.enabled=false");
	}

}
