package uk.secondopinion.demo;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import uk.secondopinion.casebook.Casebook;
import uk.secondopinion.casebook.Scenario;
import uk.secondopinion.check.AudienceChoice;
import uk.secondopinion.check.CheckForm;
import uk.secondopinion.check.CheckService;
import uk.secondopinion.check.DraftForm;
import uk.secondopinion.check.DraftRules;
import uk.secondopinion.check.ResultPage;
import uk.secondopinion.engine.Audience;
import uk.secondopinion.engine.CheckEngine;
import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.Platform;
import uk.secondopinion.engine.PostContext;
import uk.secondopinion.engine.rules.Example;
import uk.secondopinion.engine.rules.Rule;
import uk.secondopinion.system.RateLimit;
import uk.secondopinion.system.RateLimiter;

/**
 * The live demo: a trainer types a draft in front of the room and the findings follow
 * within half a second. The script asks {@code POST /api/v1/previews}, which stores
 * nothing; without JavaScript the form posts here and the page comes back with the
 * findings. Nothing is stored either way. The demo can start from a casebook scenario or
 * from one of a rule's own examples.
 */
@Controller
class DemoController implements DraftForm.Page {

	static final String VIEW = "demo/demo";

	private final CheckService checks;

	private final Casebook casebook;

	private final CheckEngine engine;

	private final RateLimiter rateLimiter;

	DemoController(CheckService checks, Casebook casebook, CheckEngine engine, RateLimiter rateLimiter) {
		this.checks = checks;
		this.casebook = casebook;
		this.engine = engine;
		this.rateLimiter = rateLimiter;
	}

	@ModelAttribute("categories")
	Category[] categories() {
		return Category.values();
	}

	/**
	 * The demo, empty, or checking a scenario's draft ({@code scenario}) or a rule's
	 * example ({@code rule} and {@code example}, counting from 1) at once.
	 */
	@GetMapping("/demo")
	String show(@RequestParam(required = false) Long scenario, @RequestParam(required = false) String rule,
			@RequestParam(defaultValue = "1") int example, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		CheckForm form = new CheckForm();
		if (scenario != null) {
			Scenario chosen = this.casebook.find(scenario)
				.filter((found) -> !found.isRetired())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
			fill(form, chosen.getDraft(), chosen.getPlatform(), chosen.getAudience(), chosen.isNamedAccount());
			model.addAttribute("source", "Scenario: " + chosen.getTitle());
		}
		else if (rule != null) {
			Example chosen = example(rule, example)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
			PostContext context = chosen.context();
			fill(form, chosen.text(), context.platform(), audienceChoice(context.audience()), context.namedAccount());
			model.addAttribute("source", "Example " + example + " of rule " + rule);
		}
		model.addAttribute("checkForm", form);
		if (form.getText() != null) {
			BindingResult result = new BeanPropertyBindingResult(form, "checkForm");
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "checkForm", result);
			preview(form, result, model, request, response);
		}
		return VIEW;
	}

	@PostMapping("/demo")
	String check(@ModelAttribute("checkForm") CheckForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		DraftRules.problems(form.getText()).forEach((message) -> result.rejectValue("text", "draft", message));
		if (!result.hasErrors()) {
			preview(form, result, model, request, response);
		}
		return VIEW;
	}

	/**
	 * The draft's findings on the page, counted against the client's previews as the
	 * script's previews are, since the demo runs the checker just the same.
	 */
	private void preview(CheckForm form, BindingResult result, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		if (DraftForm.withinAllowance(this.rateLimiter, RateLimit.PREVIEWS, result, request, response)) {
			model.addAttribute("page", ResultPage.of(this.checks.preview(form.getText(), form.toContext())));
		}
	}

	/** A rule's examples, flagged ones first, as the guidance browser numbers them. */
	private Optional<Example> example(String ruleId, int number) {
		return this.engine.ruleSet()
			.rules()
			.stream()
			.filter((rule) -> rule.id().equals(ruleId))
			.findFirst()
			.map(Rule::examples)
			.filter((examples) -> number >= 1 && number <= examples.size())
			.map((examples) -> examples.get(number - 1));
	}

	private static void fill(CheckForm form, String text, Platform platform, AudienceChoice audience, boolean named) {
		form.setText(text);
		form.setPlatform(platform);
		form.setAudience(audience);
		form.setNamedAccount(named);
	}

	/**
	 * The engine knows only public and restricted; a closed group stands for restricted.
	 */
	private static AudienceChoice audienceChoice(Audience audience) {
		return (audience == Audience.PUBLIC) ? AudienceChoice.PUBLIC : AudienceChoice.CLOSED_GROUP;
	}

}
