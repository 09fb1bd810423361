package uk.secondopinion.check;

import java.time.Instant;
import java.util.List;

import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.Severity;

/**
 * Published when a check is stored: when it was made and the category and severity of
 * each finding. Deliberately nothing else, so no listener can learn what the draft said.
 */
public record CheckStored(Instant createdAt, List<FindingKind> findings) {

	public record FindingKind(Category category, Severity severity) {

	}

}
