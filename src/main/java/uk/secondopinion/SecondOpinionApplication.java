package uk.secondopinion;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import tools.jackson.core.ErrorReportConfiguration;

/**
 * Second Opinion: checks a doctor's draft social media post against UK professional
 * guidance.
 */
@SpringBootApplication
public class SecondOpinionApplication {

	static {
		// A request that is not valid JSON may hold a draft: parse errors, which end up
		// in
		// debug logs, must not quote it. Set before any JSON parser is built.
		ErrorReportConfiguration.overrideDefaultErrorReportConfiguration(
				ErrorReportConfiguration.builder().maxErrorTokenLength(0).maxRawContentLength(0).build());
	}

	public static void main(String[] args) {
		SpringApplication.run(SecondOpinionApplication.class, args);
	}

}
