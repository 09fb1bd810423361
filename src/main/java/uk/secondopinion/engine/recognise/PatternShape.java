package uk.secondopinion.engine.recognise;

/**
 * Two facts about a regular expression that can be read off its outline and that save
 * work when it is tried at one place: that every match starts at a word boundary (it
 * begins with {@code \b} and has no alternatives at the top level), and that group 1 is
 * the whole match (nothing but {@code \b}, {@code ^} and {@code $} around it), so the
 * match's own bounds give the group's.
 */
final class PatternShape {

	private final boolean atWordBoundary;

	private final boolean groupOneIsWhole;

	private PatternShape(boolean atWordBoundary, boolean groupOneIsWhole) {
		this.atWordBoundary = atWordBoundary;
		this.groupOneIsWhole = groupOneIsWhole;
	}

	static PatternShape of(String regex) {
		if (hasTopLevelAlternative(regex)) {
			return new PatternShape(false, false);
		}
		int open = skipAnchors(regex, 0);
		boolean capturing = open < regex.length() && regex.charAt(open) == '('
				&& (!regex.startsWith("(?", open) || regex.startsWith("(?P<", open) || regex.startsWith("(?<", open));
		int close = capturing ? closingParenthesis(regex, open) : -1;
		boolean whole = close > 0 && skipAnchors(regex, close + 1) == regex.length();
		boolean boundary = regex.startsWith("\\b") && !(regex.length() > 2 && "?*{".indexOf(regex.charAt(2)) >= 0);
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

	/** Past any {@code \b}, {@code ^} and {@code $} from {@code from}. */
	private static int skipAnchors(String regex, int from) {
		int i = from;
		while (true) {
			if (regex.startsWith("\\b", i)) {
				i += 2;
			}
			else if (i < regex.length() && (regex.charAt(i) == '^' || regex.charAt(i) == '$')) {
				i++;
			}
			else {
				return i;
			}
		}
	}

	private static boolean hasTopLevelAlternative(String regex) {
		int depth = 0;
		for (int i = 0; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '[') {
				i = classEnd(regex, i);
				if (i < 0) {
					return true;
				}
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (c == '|' && depth == 0) {
				return true;
			}
		}
		return false;
	}

	/** The index of the parenthesis closing the one at {@code open}, or -1. */
	private static int closingParenthesis(String regex, int open) {
		int depth = 0;
		for (int i = open; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '[') {
				i = classEnd(regex, i);
				if (i < 0) {
					return -1;
				}
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	/** The index of the {@code ]} closing the class opened at {@code open}, or -1. */
	private static int classEnd(String regex, int open) {
		int i = open + 1;
		if (i < regex.length() && regex.charAt(i) == '^') {
			i++;
		}
		if (i < regex.length() && regex.charAt(i) == ']') {
			i++;
		}
		for (; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '[' && regex.startsWith("[:", i)) {
				int close = regex.indexOf(":]", i);
				if (close < 0) {
					return -1;
				}
				i = close + 1;
			}
			else if (c == ']') {
				return i;
			}
		}
		return -1;
	}

}
