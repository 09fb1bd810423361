package uk.secondopinion.system;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.secondopinion.check.CheckProperties;

/** The privacy page: what is kept, for how long, and how to delete it. */
@Controller
class PrivacyController {

	private final CheckProperties checks;

	PrivacyController(CheckProperties checks) {
		this.checks = checks;
	}

	@GetMapping("/privacy")
	String showPrivacy(Model model) {
		model.addAttribute("page", new PrivacyPage(this.checks.retention()));
		return "system/privacy";
	}

}
