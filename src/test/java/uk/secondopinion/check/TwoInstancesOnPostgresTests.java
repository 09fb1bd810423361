package uk.secondopinion.check;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.secondopinion.SecondOpinionApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the app, as behind a load balancer, sharing one real PostgreSQL
 * server: whatever one instance stores, the other reads, deletes and expires, and the
 * expiry purge runs once per period between them, not once per instance.
 */
class TwoInstancesOnPostgresTests {

	private static final Duration PURGE_INTERVAL = Duration.ofSeconds(1);

	private static final String DRAFT = "{\"text\": \"Mrs Ellery in bed 9 went home today, NHS no 999 000 0018\"}";

	private static EmbeddedPostgres postgres;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private static JdbcTemplate database;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startPostgresAndTwoInstances() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
		database = new JdbcTemplate(postgres.getPostgresDatabase());
		first = startInstance();
		second = startInstance();
	}

	private static ConfigurableApplicationContext startInstance() {
		return new SpringApplicationBuilder(SecondOpinionApplication.class).profiles("postgres")
			.run("--server.port=0", "--server.address=127.0.0.1",
					"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--spring.datasource.password=",
					"--second-opinion.checks.purge-interval=" + PURGE_INTERVAL.toSeconds() + "s",
					"--second-opinion.rate-limit.enabled=false",
					"--management.endpoints.web.exposure.include=health,prometheus");
	}

	@AfterAll
	static void stop() throws Exception {
		for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { first, second }) {
			if (instance != null) {
				instance.close();
			}
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	private static String url(ConfigurableApplicationContext instance) {
		return "http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String create(ConfigurableApplicationContext instance) throws Exception {
		HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(url(instance) + "/api/v1/checks"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(DRAFT)));
		assertThat(created.statusCode()).isEqualTo(201);
		return created.headers().firstValue("Location").orElseThrow();
	}

	private int status(ConfigurableApplicationContext instance, String path) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(url(instance) + path))).statusCode();
	}

	@Test
	void aCheckStoredThroughOneInstanceIsReadAndDeletedThroughTheOther() throws Exception {
		String check = create(first);
		HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(url(second) + check)));
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains("CONF_NHS_NUMBER").doesNotContain("999 000 0018").doesNotContain("Ellery");
		assertThat(send(HttpRequest.newBuilder(URI.create(url(second) + check)).DELETE()).statusCode()).isEqualTo(204);
		assertThat(status(first, check)).isEqualTo(404);
		assertThat(status(second, check)).isEqualTo(404);
	}

	@Test
	void aCheckExpiresForBothInstancesAndIsPurged() throws Exception {
		String check = create(second);
		String id = check.substring(check.lastIndexOf('/') + 1);
		assertThat(status(first, check)).isEqualTo(200);
		// as if its 30 days were up
		database.update(
				"update checks set expires_at = current_timestamp - interval '1 second' where id = cast(? as uuid)",
				id);
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		assertThat(status(first, check)).as("expired, read through the first").isEqualTo(404);
		assertThat(status(second, check)).as("expired, read through the second").isEqualTo(404);
		while (rows(id) > 0 && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		assertThat(rows(id)).as("purged from the database").isZero();
	}

	private static int rows(String id) {
		return database.queryForObject("select count(*) from checks where id = cast(? as uuid)", Integer.class, id);
	}

	@Test
	void thePurgeRunsOncePerPeriodAcrossBothInstances() throws Exception {
		Duration window = PURGE_INTERVAL.multipliedBy(8);
		double before = purgeRuns();
		Thread.sleep(window.toMillis());
		double runs = purgeRuns() - before;
		long periods = window.dividedBy(PURGE_INTERVAL);
		// each instance alone would run it about once a period: twice as often together
		assertThat(runs).isBetween(periods / 2.0, periods + 1.0);
	}

	private static double purgeRuns() {
		double runs = 0;
		for (ConfigurableApplicationContext instance : List.of(first, second)) {
			runs += instance.getBean(MeterRegistry.class).get("check.purge.runs").counter().count();
		}
		return runs;
	}

	@Test
	void eachInstanceOffersHealthProbesAndPrometheusMetricsWhenConfigured() throws Exception {
		create(first);
		for (ConfigurableApplicationContext instance : List.of(first, second)) {
			assertThat(status(instance, "/actuator/health/readiness")).isEqualTo(200);
			assertThat(status(instance, "/actuator/health/liveness")).isEqualTo(200);
		}
		String metrics = send(HttpRequest.newBuilder(URI.create(url(first) + "/actuator/prometheus"))).body();
		assertThat(metrics).contains("check_engine_duration_seconds_bucket{kind=\"stored\"")
			.contains("check_findings_total{category=\"CONFIDENTIALITY\",kind=\"stored\"}")
			.contains("check_results_total{kind=\"stored\",risk=\"HIGH\"}")
			.contains("check_purge_runs_total")
			.contains("http_server_requests_seconds_bucket")
			.doesNotContain("spring_security_");
	}

	@Test
	void aHundredClientsSpreadAcrossBothInstancesLoseNothingAndSeeOnlyTheirOwn() throws Exception {
		new ConcurrentClients(List.of(url(first), url(second))).run(100, 2);
	}

}
