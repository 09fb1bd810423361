package uk.secondopinion.guidance;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.CheckEngine;

/**
 * The guidance browser: every guidance point the checker cites, with the rules that cite
 * it and their examples, each example checkable in the live demo with one click.
 */
@Controller
class GuidanceController {

	private final GuidanceIndex index;

	GuidanceController(CheckEngine engine) {
		this.index = GuidanceIndex.of(engine);
	}

	@GetMapping("/guidance")
	String browse(@RequestParam(required = false) String q, @RequestParam(required = false) String body,
			@RequestParam(required = false) Category category, Model model) {
		model.addAttribute("entries", this.index.search(q, body, category));
		model.addAttribute("total", this.index.all().size());
		model.addAttribute("q", q);
		model.addAttribute("body", body);
		model.addAttribute("category", category);
		model.addAttribute("bodies", this.index.bodies());
		model.addAttribute("categories", Category.values());
		return "guidance/browser";
	}

}
