package uk.secondopinion.engine.recognise;

import uk.secondopinion.engine.text.NormalizedText;

/**
 * Where the author typed capital letters, by offset in the normalised text (which has
 * none), so that a pattern whose validator keeps only capitalised names is not tried on a
 * stretch of the draft that holds no capital at all: most prepositions a place name could
 * follow are followed by nothing of the kind.
 */
final class CapitalLetters {

	/**
	 * {@code before[i]}: how many normalised characters before {@code i} are capitals.
	 */
	private final int[] before;

	private CapitalLetters(int[] before) {
		this.before = before;
	}

	static CapitalLetters of(NormalizedText normalized) {
		String original = normalized.original();
		int[] before = new int[normalized.length() + 1];
		for (int i = 0; i < normalized.length(); i++) {
			boolean capital = Character.isUpperCase(original.codePointAt(normalized.originalStart(i)));
			before[i + 1] = before[i] + (capital ? 1 : 0);
		}
		return new CapitalLetters(before);
	}

	/** Whether a capital lies between normalised offsets {@code from} and {@code to}. */
	boolean anyBetween(int from, int to) {
		return this.before[to] > this.before[from];
	}

}
