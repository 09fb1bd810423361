package uk.secondopinion.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The clock the app tells time by (replaceable in tests), and scheduled jobs. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SystemConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
