package uk.secondopinion.check;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.secondopinion.engine.CheckEngine;

/**
 * The rule engine, loaded once from the rule packs on the class path and shared by every
 * request.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckProperties.class)
class EngineConfiguration {

	@Bean
	CheckEngine checkEngine() {
		return CheckEngine.fromClasspath();
	}

}
