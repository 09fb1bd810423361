package uk.secondopinion.check;

import java.util.List;

import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.Severity;

/**
 * A finding as stored with its check, in the check's row ({@link FindingListConverter}).
 * Its excerpt is not kept: it is read back from the masked draft by its offsets, so it
 * never holds an identifier the check masked. Guidance is kept as ids and read from the
 * catalogue.
 */
public record StoredFinding(String ruleId, Category category, Severity severity, int start, int end, String title,
		String message, String suggestion, List<String> guidance, List<StoredSpan> evidence) {

	public StoredFinding {
		guidance = List.copyOf(guidance);
		evidence = List.copyOf(evidence);
	}

}
