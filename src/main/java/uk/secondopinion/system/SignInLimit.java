package uk.secondopinion.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits failed sign-ins from each client ({@link RateLimit#FAILED_SIGN_INS}), so
 * trainers' passwords cannot be guessed at speed. As a filter before form login, it
 * counts each sign-in before the password is checked; as form login's success handler, it
 * gives a sign-in that succeeded back before sending the trainer on. So only failures use
 * up the allowance, and the trainers of a hospital signing in from one address never run
 * short.
 * <p>
 * A client that has used it up gets the sign-in page again, with 429, Retry-After, the
 * username as typed and when to try again; its password is not checked.
 */
public final class SignInLimit extends OncePerRequestFilter implements AuthenticationSuccessHandler {

	/**
	 * The request attribute holding the {@link TooManyRequestsException} for the sign-in
	 * page.
	 */
	public static final String REFUSAL = "uk.secondopinion.system.SignInLimit.REFUSAL";

	private final String signInPage;

	private final RequestMatcher signingIn;

	private final RateLimiter rateLimiter;

	private final AuthenticationSuccessHandler signedIn;

	/**
	 * @param signInPage where the form is shown (GET) and posted (POST)
	 * @param signedIn where a trainer goes once signed in
	 */
	SignInLimit(String signInPage, RateLimiter rateLimiter, AuthenticationSuccessHandler signedIn) {
		this.signInPage = signInPage;
		this.signingIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, signInPage);
		this.rateLimiter = rateLimiter;
		this.signedIn = signedIn;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.signingIn.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			this.rateLimiter.acquire(RateLimit.FAILED_SIGN_INS, request);
		}
		catch (TooManyRequestsException ex) {
			refuse(request, response, ex);
			return;
		}
		chain.doFilter(request, response);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		this.rateLimiter.refund(RateLimit.FAILED_SIGN_INS, request);
		this.signedIn.onAuthenticationSuccess(request, response, authentication);
	}

	/**
	 * Shows the sign-in page as if asked for it, with the posted username still in the
	 * request. Asking by GET keeps the forward clear of form login, which would check the
	 * password after all.
	 */
	private void refuse(HttpServletRequest request, HttpServletResponse response, TooManyRequestsException ex)
			throws ServletException, IOException {
		ex.markRefused(response);
		request.setAttribute(REFUSAL, ex);
		HttpServletRequest page = new HttpServletRequestWrapper(request) {

			@Override
			public String getMethod() {
				return HttpMethod.GET.name();
			}

		};
		request.getRequestDispatcher(this.signInPage).forward(page, response);
	}

}
