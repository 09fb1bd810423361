package uk.secondopinion.engine.recognise;

import java.util.List;

/**
 * Two facts about a regular expression that can be read off its outline and that save
 * work when it is tried at one place: that every match starts at a word boundary (it
 * begins with {@code \b} and has no alternatives at the top level), and that group 1 is
 * the whole match (nothing but assertions such as {@code \b}, {@code ^} and {@code $}
 * around it), so the match's own bounds give the group's.
 */
final class PatternShape {

	private final boolean atWordBoundary;

	private final boolean groupOneIsWhole;

	private PatternShape(boolean atWordBoundary, boolean groupOneIsWhole) {
		this.atWordBoundary = atWordBoundary;
		this.groupOneIsWhole = groupOneIsWhole;
	}

	static PatternShape of(String regex) {
		RegexSyntax.Node root;
		try {
			root = RegexSyntax.parse(regex);
		}
		catch (UnsupportedOperationException ex) {
			return new PatternShape(false, false);
		}
		if (!(root instanceof RegexSyntax.Sequence sequence)) {
			return new PatternShape(false, false); // alternatives at the top
		}
		List<RegexSyntax.Item> items = sequence.items();
		int group = 0;
		while (group < items.size() && items.get(group).node() instanceof RegexSyntax.Assertion) {
			group++;
		}
		// assertions match no characters, so they leave the match's bounds the group's
		boolean whole = group < items.size() && items.get(group).node() instanceof RegexSyntax.Group first
				&& first.capturing()
				&& items.subList(group + 1, items.size())
					.stream()
					.allMatch((item) -> item.node() instanceof RegexSyntax.Assertion);
		boolean boundary = !items.isEmpty() && items.get(0).node() == RegexSyntax.Assertion.WORD_BOUNDARY;
		return new PatternShape(boundary, whole);
	}

	/** Whether every match starts where {@code \b} holds. */
	boolean atWordBoundary() {
		return this.atWordBoundary;
	}

	/** Whether group {@code group} of every match is the whole match. */
	boolean isWhole(int group) {
		return group == 0 || (group == 1 && this.groupOneIsWhole);
	}

	/**
	 * Where {@code \b}, as RE2 reads it (ASCII word characters), holds in {@code text}.
	 */
	static boolean isWordBoundary(CharSequence text, int position) {
		boolean before = position > 0 && isWordCharacter(text.charAt(position - 1));
		boolean after = position < text.length() && isWordCharacter(text.charAt(position));
		return before != after;
	}

	private static boolean isWordCharacter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
	}

}
