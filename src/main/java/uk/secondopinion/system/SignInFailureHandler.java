package uk.secondopinion.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * After a wrong username or password, sends the trainer back to the sign-in page with the
 * username as typed (never the password), so only the password needs typing again. The
 * username goes as a flash attribute, kept in the session for the next request, not in
 * the address, where it would stay in the browser's history and in access logs.
 */
final class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	/** The model attribute the sign-in page shows in its username field. */
	static final String USERNAME = "username";

	/** The same store Spring MVC reads flash attributes from on the next request. */
	private static final FlashMapManager flashMaps = new SessionFlashMapManager();

	private final String signInPage;

	SignInFailureHandler(String signInPage) {
		super(signInPage + "?error");
		this.signInPage = signInPage;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		String username = request.getParameter(USERNAME);
		if (username != null && !username.isBlank()) {
			FlashMap flash = new FlashMap();
			flash.put(USERNAME, username);
			flash.setTargetRequestPath(this.signInPage);
			flashMaps.saveOutputFlashMap(flash, request, response);
		}
		super.onAuthenticationFailure(request, response, exception);
	}

}
