package uk.secondopinion.engine.interpret;

import java.util.List;

import uk.secondopinion.engine.Severity;
import uk.secondopinion.engine.recognise.Hit;
import uk.secondopinion.engine.rules.Rule;

/**
 * A rule that fired: the passage it flags, every passage that contributed (the flagged
 * one first), its severity in this draft, and its message with any details filled in.
 */
public record Detection(Rule rule, Severity severity, String message, List<Part> parts) {

	/**
	 * A contributing passage, what kind of detail it is, and what the safer version puts
	 * there.
	 */
	public record Part(Hit hit, String label, String replacement) {

	}

	public Hit primary() {
		return this.parts.get(0).hit();
	}

}
