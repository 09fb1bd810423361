package uk.secondopinion.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Doctors check drafts without an account. Every form carries a CSRF token, kept in a
 * cookie rather than a server session so any instance can check it; the JSON API takes no
 * cookies and needs none. Headers keep pages from being framed and result addresses from
 * leaking. Trainers sign in (form login) to write scenarios, run quizzes and see
 * insights, and a client that fails to sign in too often is refused for a while
 * ({@link SignInLimit}); everything else stays open.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Pages for signed-in trainers; reading the casebook and joining a quiz stay open.
	 */
	static final String[] TRAINERS_ONLY = { "/account/**", "/casebook/new", "/casebook/*/edit", "/casebook/*/retire",
			"/casebook/*/restore", "/quiz/**", "/insights/**" };

	static final String SIGN_IN = "/sign-in";

	/**
	 * The JSON API is open, stateless and takes no cookies, so it skips the sessions,
	 * sign-in, saved requests and CSRF tokens the pages need: the same headers, and
	 * nothing else on every check.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.anonymous(AbstractHttpConfigurer::disable)
			.servletApi(AbstractHttpConfigurer::disable)
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageFilterChain(HttpSecurity http, RateLimiter rateLimiter) throws Exception {
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieCustomizer((cookie) -> cookie.sameSite("Strict"));
		SavedRequestAwareAuthenticationSuccessHandler toCasebook = new SavedRequestAwareAuthenticationSuccessHandler();
		toCasebook.setDefaultTargetUrl("/casebook");
		SignInLimit signInLimit = new SignInLimit(SIGN_IN, rateLimiter, toCasebook);
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers(TRAINERS_ONLY).authenticated().anyRequest().permitAll())
			.addFilterBefore(signInLimit, UsernamePasswordAuthenticationFilter.class)
			.formLogin((form) -> form.loginPage(SIGN_IN)
				.successHandler(signInLimit)
				.failureHandler(new SignInFailureHandler(SIGN_IN))
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens))
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers
			.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
					+ "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
					+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER));
	}

}
