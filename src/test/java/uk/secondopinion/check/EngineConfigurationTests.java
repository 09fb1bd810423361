package uk.secondopinion.check;

import org.junit.jupiter.api.Test;

import uk.secondopinion.engine.CheckEngine;

import static org.assertj.core.api.Assertions.assertThat;

class EngineConfigurationTests {

	@Test
	void operatorsCanSwitchTheLearnedLayerOffAndKeepTheRules() {
		CheckEngine withModel = new EngineConfiguration().checkEngine(true);
		CheckEngine rulesOnly = new EngineConfiguration().checkEngine(false);

		assertThat(withModel.version()).startsWith(withModel.ruleSet().version() + "+");
		assertThat(rulesOnly.version()).isEqualTo(rulesOnly.ruleSet().version());
		assertThat(rulesOnly.ruleSet().rules()).hasSameSizeAs(withModel.ruleSet().rules());
	}

}
