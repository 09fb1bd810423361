package uk.secondopinion.check;

import java.util.ArrayList;
import java.util.List;

/**
 * What a draft must be for the checker to accept it, with messages that say what to fix.
 */
public final class DraftRules {

	public static final int MAX_LENGTH = 20_000;

	private DraftRules() {
	}

	/**
	 * The problems with a draft, each as a message for the person who wrote it; empty if
	 * none.
	 */
	public static List<String> problems(String draft) {
		List<String> problems = new ArrayList<>(1);
		if (draft == null || draft.isBlank()) {
			problems.add("Enter the text of your draft post");
		}
		else if (draft.length() > MAX_LENGTH) {
			problems.add(String.format(
					"Your draft is %,d characters long. The checker takes up to %,d: shorten it, or check it in parts",
					draft.length(), MAX_LENGTH));
		}
		return problems;
	}

}
