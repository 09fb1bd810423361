package uk.secondopinion.check;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.secondopinion.engine.Platform;

/**
 * The draft form ({@link CheckForm}) as every page that shows it needs it: the choices it
 * offers, and binding of its own fields only. A controller showing the form implements
 * {@link DraftForm.Page} to get both.
 */
@ControllerAdvice(assignableTypes = DraftForm.Page.class)
public class DraftForm {

	/** Marks a controller whose pages show the draft form. */
	public interface Page {

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
