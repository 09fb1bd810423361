package uk.secondopinion.casebook;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.secondopinion.account.SignedInTrainer;
import uk.secondopinion.check.AudienceChoice;
import uk.secondopinion.engine.CheckEngine;
import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.Platform;
import uk.secondopinion.engine.guidance.GuidancePoint;

/**
 * The casebook: the list, one scenario with its live findings, its presenter view, and
 * the pages where trainers write, edit and retire their own scenarios.
 */
@Controller
class ScenarioController {

	static final String VIEW_FORM = "casebook/form";

	private final Casebook casebook;

	private final CheckEngine engine;

	ScenarioController(Casebook casebook, CheckEngine engine) {
		this.casebook = casebook;
		this.engine = engine;
	}

	@InitBinder("scenarioForm")
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("title", "situation", "draft", "platform", "audience", "namedAccount", "learningPoint",
				"question1", "question2", "question3", "guidance", "expectedCategories", "excludedCategories");
	}

	@GetMapping("/casebook")
	String list(@RequestParam(required = false) Category category, @AuthenticationPrincipal SignedInTrainer trainer,
			Model model) {
		List<Scenario> scenarios = this.casebook.inUse()
			.stream()
			.filter((scenario) -> category == null || scenario.getExpectedCategories().contains(category))
			.toList();
		model.addAttribute("scenarios", scenarios);
		model.addAttribute("category", category);
		model.addAttribute("categories", Category.values());
		model.addAttribute("trainerId", (trainer != null) ? trainer.getId() : null);
		model.addAttribute("retired", (trainer != null) ? this.casebook.retiredBy(trainer.getId()) : List.of());
		return "casebook/list";
	}

	@GetMapping("/casebook/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInTrainer trainer, Model model) {
		Scenario scenario = this.casebook.readable(id, (trainer != null) ? trainer.getId() : null);
		model.addAttribute("scenario", scenario);
		model.addAttribute("findings", this.casebook.findings(scenario));
		model.addAttribute("guidance", this.casebook.guidance(scenario));
		model.addAttribute("editable", trainer != null && scenario.isAuthoredBy(trainer.getId()));
		return "casebook/scenario";
	}

	@GetMapping("/casebook/{id}/present")
	String present(@PathVariable long id, @RequestParam(defaultValue = "0") int step,
			@AuthenticationPrincipal SignedInTrainer trainer, Model model) {
		Scenario scenario = this.casebook.readable(id, (trainer != null) ? trainer.getId() : null);
		model.addAttribute("presentation", Presentation.of(scenario, this.casebook.findings(scenario), step));
		model.addAttribute("guidance", this.casebook.guidance(scenario));
		return "casebook/present";
	}

	@GetMapping("/casebook/new")
	String initCreate(@RequestParam(required = false) Long from, @AuthenticationPrincipal SignedInTrainer trainer,
			Model model) {
		ScenarioForm form = (from != null) ? ScenarioForm.of(this.casebook.readable(from, trainer.getId()))
				: new ScenarioForm();
		if (from != null) {
			form.setTitle("Copy of " + form.getTitle());
		}
		return showForm(form, null, model);
	}

	@PostMapping("/casebook/new")
	String processCreate(@ModelAttribute("scenarioForm") ScenarioForm form, BindingResult result,
			@AuthenticationPrincipal SignedInTrainer trainer, Model model, RedirectAttributes redirect) {
		reject(result, this.casebook.problems(form));
		if (result.hasErrors()) {
			return showForm(form, null, model);
		}
		Scenario scenario = this.casebook.create(form, trainer.getId());
		redirect.addFlashAttribute("message", "Your scenario has been added to the casebook.");
		return "redirect:/casebook/" + scenario.getId();
	}

	@GetMapping("/casebook/{id}/edit")
	String initUpdate(@PathVariable long id, @AuthenticationPrincipal SignedInTrainer trainer, Model model) {
		Scenario scenario = this.casebook.editable(id, trainer.getId());
		return showForm(ScenarioForm.of(scenario), scenario, model);
	}

	@PostMapping("/casebook/{id}/edit")
	String processUpdate(@PathVariable long id, @ModelAttribute("scenarioForm") ScenarioForm form, BindingResult result,
			@AuthenticationPrincipal SignedInTrainer trainer, Model model, RedirectAttributes redirect) {
		Scenario scenario = this.casebook.editable(id, trainer.getId());
		reject(result, this.casebook.problems(form));
		if (result.hasErrors()) {
			return showForm(form, scenario, model);
		}
		this.casebook.update(id, form, trainer.getId());
		redirect.addFlashAttribute("message", "Your changes have been saved.");
		return "redirect:/casebook/" + id;
	}

	@PostMapping("/casebook/{id}/retire")
	String retire(@PathVariable long id, @AuthenticationPrincipal SignedInTrainer trainer,
			RedirectAttributes redirect) {
		Scenario scenario = this.casebook.retire(id, trainer.getId(), true);
		redirect.addFlashAttribute("message", "'" + scenario.getTitle()
				+ "' has been retired. Only you can see it now, and you can bring it back at any time.");
		return "redirect:/casebook";
	}

	@PostMapping("/casebook/{id}/restore")
	String restore(@PathVariable long id, @AuthenticationPrincipal SignedInTrainer trainer,
			RedirectAttributes redirect) {
		this.casebook.retire(id, trainer.getId(), false);
		redirect.addFlashAttribute("message", "The scenario is back in the casebook.");
		return "redirect:/casebook/" + id;
	}

	private String showForm(ScenarioForm form, Scenario scenario, Model model) {
		model.addAttribute("scenarioForm", form);
		model.addAttribute("scenario", scenario);
		model.addAttribute("platforms", Platform.values());
		model.addAttribute("audiences", AudienceChoice.values());
		model.addAttribute("categories", Category.values());
		model.addAttribute("guidanceByBody", guidanceByBody(this.engine.guidance().all()));
		return VIEW_FORM;
	}

	private static Map<String, List<GuidancePoint>> guidanceByBody(Collection<GuidancePoint> points) {
		Map<String, List<GuidancePoint>> byBody = new LinkedHashMap<>();
		for (GuidancePoint point : points) {
			byBody.computeIfAbsent(point.body(), (body) -> new java.util.ArrayList<>()).add(point);
		}
		return byBody;
	}

	private static void reject(BindingResult result, Map<String, String> problems) {
		problems.forEach((field, message) -> result.rejectValue(field, "invalid", message));
	}

}
