package uk.secondopinion.check;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.secondopinion.system.RateLimit;
import uk.secondopinion.system.RateLimiter;

/**
 * The doctor's pages: the check form, the result at its own address, and deleting it.
 * Works without JavaScript: the form posts, and the result is shown after a redirect.
 */
@Controller
class CheckController implements DraftForm.Page {

	static final String VIEW_FORM = "check/form";

	static final String VIEW_RESULT = "check/result";

	private final CheckService checks;

	private final RateLimiter rateLimiter;

	CheckController(CheckService checks, RateLimiter rateLimiter) {
		this.checks = checks;
		this.rateLimiter = rateLimiter;
	}

	@GetMapping("/")
	String initCheckForm(Model model) {
		model.addAttribute("checkForm", new CheckForm());
		return VIEW_FORM;
	}

	@PostMapping("/checks")
	String processCheckForm(@ModelAttribute("checkForm") CheckForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response) {
		DraftRules.problems(form.getText()).forEach((message) -> result.rejectValue("text", "draft", message));
		if (result.hasErrors()) {
			return VIEW_FORM;
		}
		if (!DraftForm.withinAllowance(this.rateLimiter, RateLimit.CHECKS, result, request, response)) {
			return VIEW_FORM;
		}
		try {
			return "redirect:/checks/" + this.checks.check(form.getText(), form.toContext()).id();
		}
		catch (CheckNotStoredException ex) {
			result.rejectValue("text", "stored",
					"Your check could not be saved just now, so nothing was kept. Try again in a minute.");
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			return VIEW_FORM;
		}
	}

	@GetMapping("/checks/{id}")
	String showResult(@PathVariable String id, Model model) {
		CheckResult result = this.checks.find(parse(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("page", ResultPage.of(result));
		return VIEW_RESULT;
	}

	@PostMapping("/checks/{id}/delete")
	String deleteCheck(@PathVariable String id, RedirectAttributes redirect) {
		boolean deleted = this.checks.delete(parse(id));
		redirect.addFlashAttribute("message",
				deleted ? "Your check has been deleted." : "That check had already been deleted or had expired.");
		return "redirect:/";
	}

	private static UUID parse(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
