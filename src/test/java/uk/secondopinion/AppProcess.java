package uk.secondopinion;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app running as a process of its own, as in production, so that a test can kill it
 * outright or start it exactly as a user would. Its output goes to a log file in the
 * working folder, whose tail every failure quotes.
 */
final class AppProcess implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Process process;

	private final Path log;

	private final int port;

	private AppProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/** The app's main class on the test class path, with the given arguments. */
	static AppProcess onClassPath(Path workingFolder, String logName, int port, String... arguments)
			throws IOException {
		List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				SecondOpinionApplication.class.getName()));
		return start(command, workingFolder, logName, port, arguments);
	}

	/** The packaged jar, started as README.md's users start it: {@code java -jar}. */
	static AppProcess fromJar(Path jar, Path workingFolder, String logName, int port, String... arguments)
			throws IOException {
		List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-jar", jar.toString()));
		return start(command, workingFolder, logName, port, arguments);
	}

	private static AppProcess start(List<String> command, Path workingFolder, String logName, int port,
			String... arguments) throws IOException {
		command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1", "--spring.main.banner-mode=off"));
		command.addAll(List.of(arguments));
		Path log = workingFolder.resolve(logName);
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingFolder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		// the defaults under test, not whatever database the machine running the tests
		// names
		builder.environment().keySet().removeIf((name) -> name.startsWith("DATABASE_"));
		return new AppProcess(builder.start(), log, port);
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	String base() {
		return "http://127.0.0.1:" + this.port;
	}

	/** Waits until the app says it is ready for traffic, failing if it stops first. */
	void awaitReady() throws Exception {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(this.process.isAlive()).as("the app is running: %s", tail()).isTrue();
			try {
				HttpResponse<String> health = this.http.send(
						HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("The app did not become ready: " + tail());
	}

	/** SIGKILL: nothing is shut down or flushed. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		assertThat(this.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
	}

	/** The last lines the app wrote, for failure messages. */
	String tail() throws IOException {
		List<String> lines = Files.readAllLines(this.log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
	}

	/** A graceful stop (SIGTERM), forced if it takes longer than half a minute. */
	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
