package uk.secondopinion.account;

import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.secondopinion.system.SignInLimit;
import uk.secondopinion.system.TooManyRequestsException;

/**
 * Signing in, and a signed-in trainer's own account: changing their password and adding a
 * colleague. Signing in and out themselves are handled by Spring Security.
 */
@Controller
class AccountController {

	private final TrainerAccounts accounts;

	AccountController(TrainerAccounts accounts) {
		this.accounts = accounts;
	}

	@InitBinder("newTrainer")
	void allowOnlyNewTrainerFields(WebDataBinder binder) {
		binder.setAllowedFields("username", "displayName", "password");
	}

	@InitBinder("passwordChange")
	void allowOnlyPasswordFields(WebDataBinder binder) {
		binder.setAllowedFields("currentPassword", "newPassword");
	}

	/**
	 * The sign-in form. After a wrong password the username as typed comes as a flash
	 * attribute; a client refused for failing to sign in too often ({@link SignInLimit})
	 * is shown it from its own request.
	 */
	@GetMapping("/sign-in")
	String signIn(@RequestAttribute(name = SignInLimit.REFUSAL, required = false) TooManyRequestsException refusal,
			@RequestParam(required = false) String username, Model model) {
		if (refusal != null) {
			model.addAttribute("refusal", refusal.advice());
			model.addAttribute("username", username);
		}
		return "account/sign-in";
	}

	@GetMapping("/account")
	String account(Model model) {
		model.addAttribute("passwordChange", new PasswordChange());
		return "account/account";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal SignedInTrainer trainer,
			@ModelAttribute("passwordChange") PasswordChange form, BindingResult result, RedirectAttributes redirect) {
		reject(result, this.accounts.changePassword(trainer.getId(), form.getCurrentPassword(), form.getNewPassword()));
		if (result.hasErrors()) {
			return "account/account";
		}
		redirect.addFlashAttribute("message", "Your password has been changed.");
		return "redirect:/account";
	}

	@GetMapping("/account/trainers/new")
	String initNewTrainer(Model model) {
		model.addAttribute("newTrainer", new NewTrainer());
		return "account/new-trainer";
	}

	@PostMapping("/account/trainers/new")
	String processNewTrainer(@ModelAttribute("newTrainer") NewTrainer form, BindingResult result,
			RedirectAttributes redirect) {
		reject(result, this.accounts.problems(form.getUsername(), form.getDisplayName(), form.getPassword()));
		if (result.hasErrors()) {
			return "account/new-trainer";
		}
		Trainer trainer = this.accounts.add(form.getUsername(), form.getDisplayName(), form.getPassword());
		redirect.addFlashAttribute("message", "Added " + trainer.getDisplayName() + " as a trainer, with username "
				+ trainer.getUsername() + ". Ask them to change their password when they first sign in.");
		return "redirect:/account";
	}

	private static void reject(BindingResult result, Map<String, String> problems) {
		problems.forEach((field, message) -> result.rejectValue(field, "invalid", message));
	}

	/** The form for adding a trainer. */
	public static class NewTrainer {

		private String username;

		private String displayName;

		private String password;

		public String getUsername() {
			return this.username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getDisplayName() {
			return this.displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

	}

	/** The form for changing one's password. */
	public static class PasswordChange {

		private String currentPassword;

		private String newPassword;

		public String getCurrentPassword() {
			return this.currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

		public String getNewPassword() {
			return this.newPassword;
		}

		public void setNewPassword(String newPassword) {
			this.newPassword = newPassword;
		}

	}

}
