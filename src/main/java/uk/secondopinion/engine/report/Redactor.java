package uk.secondopinion.engine.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The anonymiser's two operators. {@link #mask} blots out identifying passages character
 * for character (keeping spaces), so the masked draft is as long as the original and
 * every offset still holds; it is what gets stored. {@link #saferText} then replaces
 * flagged passages with the safer wording their rules give ("[NHS number]", "patient"),
 * for the doctor to copy.
 */
public final class Redactor {

	public static final char MASK = '\u2588';

	private Redactor() {
	}

	public static String mask(String text, List<Finding> findings) {
		char[] chars = text.toCharArray();
		for (Finding finding : findings) {
			if (!finding.masked()) {
				continue;
			}
			for (Evidence evidence : finding.evidence()) {
				for (int i = evidence.start(); i < evidence.end(); i++) {
					if (!Character.isWhitespace(chars[i])) {
						chars[i] = MASK;
					}
				}
			}
		}
		return new String(chars);
	}

	/**
	 * Applies the replacements of {@code findings} to {@code maskedText}. Overlapping
	 * passages are replaced as one, by the replacement of the one that starts first, so
	 * no masked character is left behind.
	 */
	public static String saferText(String maskedText, List<Finding> findings) {
		List<Evidence> edits = new ArrayList<>();
		for (Finding finding : findings) {
			for (Evidence evidence : finding.evidence()) {
				if (evidence.replacement() != null) {
					edits.add(evidence);
				}
			}
		}
		edits.sort(Comparator.comparingInt(Evidence::start)
			.thenComparing(Comparator.comparingInt(Evidence::end).reversed()));
		StringBuilder safer = new StringBuilder(maskedText.length());
		int position = 0;
		int i = 0;
		while (i < edits.size()) {
			Evidence edit = edits.get(i);
			int end = edit.end();
			while (++i < edits.size() && edits.get(i).start() < end) {
				end = Math.max(end, edits.get(i).end());
			}
			safer.append(maskedText, position, edit.start()).append(edit.replacement());
			position = end;
			// removing a word outright should not leave two spaces behind
			if (edit.replacement().isEmpty() && position < maskedText.length() && maskedText.charAt(position) == ' '
					&& (safer.isEmpty() || safer.charAt(safer.length() - 1) == ' ')) {
				position++;
			}
		}
		return safer.append(maskedText, position, maskedText.length()).toString();
	}

}
