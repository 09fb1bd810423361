package uk.secondopinion.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How trainers' passwords are hashed. */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

	/**
	 * Spring Security's delegating encoder: BCrypt now, and each hash records its
	 * encoder, so a stronger one can take over without locking anyone out.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
