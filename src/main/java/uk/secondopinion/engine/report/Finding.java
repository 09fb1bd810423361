package uk.secondopinion.engine.report;

import java.util.List;

import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.Origin;
import uk.secondopinion.engine.Severity;
import uk.secondopinion.engine.guidance.GuidancePoint;

/**
 * One risk in a draft: the rule that found it, the passage it flags ({@code start} and
 * {@code end} are UTF-16 offsets, so {@code text.substring(start, end)} is the excerpt),
 * why it is a risk, the guidance it rests on, and a safer wording where the rule has one.
 * The evidence lists every passage that contributed, the flagged one first;
 * {@code masked} says those passages identify someone and never leave the check unmasked.
 */
public record Finding(String ruleId, Category category, Severity severity, int start, int end, String excerpt,
		String title, String message, String suggestion, String replacement, boolean masked,
		List<GuidancePoint> guidance, List<Evidence> evidence) {

	public Origin origin() {
		return Origin.of(this.ruleId);
	}

}
