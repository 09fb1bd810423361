package uk.secondopinion.check;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import uk.secondopinion.system.MutableClock;

/** Storage on the embedded default, H2, with the Flyway migrations. */
@SpringBootTest(properties = "second-opinion.checks.purge-interval=1d")
class H2CheckStorageTests extends CheckStorageContract {

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(START);
		}

	}

}
