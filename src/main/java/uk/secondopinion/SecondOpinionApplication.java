package uk.secondopinion;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Second Opinion: checks a doctor's draft social media post against UK professional
 * guidance.
 */
@SpringBootApplication
public class SecondOpinionApplication {

	public static void main(String[] args) {
		SpringApplication.run(SecondOpinionApplication.class, args);
	}

}
