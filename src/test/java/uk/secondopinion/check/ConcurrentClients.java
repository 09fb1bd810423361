package uk.secondopinion.check;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many people checking, reading and deleting at once, through the API of one or more
 * instances: each person's drafts carry their own marker word, so a result that shows
 * someone else's marker, or a check that vanishes after it was acknowledged, is caught.
 */
final class ConcurrentClients {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final List<String> instances;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	/**
	 * Checks each client saw acknowledged (201) and did not delete, by id, with their
	 * marker.
	 */
	private final Map<String, String> kept = new ConcurrentHashMap<>();

	/** Checks each client deleted (204). */
	private final Map<String, String> deleted = new ConcurrentHashMap<>();

	ConcurrentClients(List<String> instances) {
		this.instances = instances;
	}

	/**
	 * Runs {@code clients} clients at once, each checking {@code checksEach} drafts,
	 * reading each back, and deleting every other one, spread across the instances.
	 */
	void run(int clients, int checksEach) throws Exception {
		List<String> markers = new ArrayList<>();
		Random random = new Random(20261124);
		for (int i = 0; i < clients; i++) {
			StringBuilder marker = new StringBuilder("zz");
			for (int k = 0; k < 10; k++) {
				marker.append((char) ('a' + random.nextInt(26)));
			}
			markers.add(marker.toString());
		}
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				int client = i;
				running.add(pool.submit(() -> {
					start.await();
					actAs(client, markers, checksEach);
					return null;
				}));
			}
			start.countDown();
			for (Future<?> client : running) {
				client.get(5, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.kept.size() + this.deleted.size()).isEqualTo(clients * checksEach);
		verifyEverythingAcknowledgedIsAsLeft(markers);
	}

	private void actAs(int client, List<String> markers, int checksEach) throws Exception {
		String marker = markers.get(client);
		for (int n = 0; n < checksEach; n++) {
			String instance = this.instances.get((client + n) % this.instances.size());
			String draft = "Long day on the ward, " + marker + " is my word of the day. Home time soon!";
			HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(instance + "/api/v1/checks"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + draft + "\"}")));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			String id = JSON.readTree(created.body()).get("id").asString();
			// read it back through another instance, if there is one
			String other = this.instances.get((client + n + 1) % this.instances.size());
			HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(other + "/api/v1/checks/" + id)));
			assertThat(read.statusCode()).isEqualTo(200);
			assertOnlyOwn(read.body(), marker, markers);
			if (n % 2 == 1) {
				HttpResponse<String> gone = send(
						HttpRequest.newBuilder(URI.create(instance + "/api/v1/checks/" + id)).DELETE());
				assertThat(gone.statusCode()).isEqualTo(204);
				this.deleted.put(id, marker);
			}
			else {
				this.kept.put(id, marker);
			}
		}
	}

	private void verifyEverythingAcknowledgedIsAsLeft(List<String> markers) throws Exception {
		for (Map.Entry<String, String> check : this.kept.entrySet()) {
			for (String instance : this.instances) {
				HttpResponse<String> read = send(
						HttpRequest.newBuilder(URI.create(instance + "/api/v1/checks/" + check.getKey())));
				assertThat(read.statusCode()).as("acknowledged check %s", check.getKey()).isEqualTo(200);
				assertOnlyOwn(read.body(), check.getValue(), markers);
			}
		}
		for (String id : this.deleted.keySet()) {
			for (String instance : this.instances) {
				assertThat(send(HttpRequest.newBuilder(URI.create(instance + "/api/v1/checks/" + id))).statusCode())
					.as("deleted check %s", id)
					.isEqualTo(404);
			}
		}
	}

	private static void assertOnlyOwn(String body, String marker, List<String> markers) {
		JsonNode check = JSON.readTree(body);
		String safer = check.get("saferText").asString();
		assertThat(safer).contains(marker);
		for (String someoneElse : markers) {
			if (!someoneElse.equals(marker)) {
				assertThat(body).doesNotContain(someoneElse);
			}
		}
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
