package uk.secondopinion.check;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.secondopinion.engine.Platform;
import uk.secondopinion.system.RateLimit;
import uk.secondopinion.system.RateLimiter;
import uk.secondopinion.system.TooManyRequestsException;

/**
 * The draft form ({@link CheckForm}) as every page that shows it needs it: the choices it
 * offers, binding of its own fields only, and refusing a draft over the client's
 * allowance. A controller showing the form implements {@link DraftForm.Page} to get both.
 */
@ControllerAdvice(assignableTypes = DraftForm.Page.class)
public class DraftForm {

	/** Marks a controller whose pages show the draft form. */
	public interface Page {

	}

	/**
	 * Counts a draft against the client's allowance of {@code limit}. When it is used up,
	 * the form says so beside the draft, which it keeps, and the response is marked 429
	 * with Retry-After; answers whether the draft may be checked.
	 */
	public static boolean withinAllowance(RateLimiter rateLimiter, RateLimit limit, BindingResult form,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			rateLimiter.acquire(limit, request);
			return true;
		}
		catch (TooManyRequestsException ex) {
			form.rejectValue("text", "rate", ex.advice());
			ex.markRefused(response);
			return false;
		}
	}

	@InitBinder("checkForm")
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("text", "platform", "audience", "namedAccount");
	}

	@ModelAttribute("platforms")
	Platform[] platforms() {
		return Platform.values();
	}

	@ModelAttribute("audiences")
	AudienceChoice[] audiences() {
		return AudienceChoice.values();
	}

}
