package uk.secondopinion.check;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.secondopinion.engine.CheckEngine;

/**
 * The rule engine, loaded once from the rule packs and the learned model on the class
 * path and shared by every request. Operators can switch the learned layer off
 * ({@code LEARNED_LAYER=false}) and keep the rules alone, for instance to compare the
 * two.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckProperties.class)
class EngineConfiguration {

	@Bean
	CheckEngine checkEngine(@Value("${second-opinion.engine.learned-layer:true}") boolean learnedLayer) {
		CheckEngine engine = CheckEngine.fromClasspath();
		return learnedLayer ? engine : engine.rulesOnly();
	}

}
