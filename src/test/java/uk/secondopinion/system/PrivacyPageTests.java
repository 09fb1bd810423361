package uk.secondopinion.system;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrivacyPageTests {

	@Test
	void retentionIsSaidInTheLargestWholeUnit() {
		assertThat(new PrivacyPage(Duration.ofDays(30)).retentionInWords()).isEqualTo("30 days");
		assertThat(new PrivacyPage(Duration.ofDays(1)).retentionInWords()).isEqualTo("1 day");
		assertThat(new PrivacyPage(Duration.ofHours(36)).retentionInWords()).isEqualTo("36 hours");
		assertThat(new PrivacyPage(Duration.ofMinutes(90)).retentionInWords()).isEqualTo("90 minutes");
	}

}
