package uk.secondopinion.insights;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.secondopinion.engine.Category;

/**
 * Insights for trainers: what drafts checked here trip over, by week, category and
 * severity.
 */
@Controller
class InsightsController {

	private final Insights insights;

	InsightsController(Insights insights) {
		this.insights = insights;
	}

	@GetMapping("/insights")
	String show(@RequestParam(defaultValue = "12") int weeks,
			@RequestParam(defaultValue = "CONFIDENTIALITY") Category category, Model model) {
		int span = Insights.SPANS.contains(weeks) ? weeks : 12;
		model.addAttribute("report", this.insights.lastWeeks(span, category));
		model.addAttribute("spans", Insights.SPANS);
		model.addAttribute("categories", Category.values());
		return "insights/insights";
	}

}
