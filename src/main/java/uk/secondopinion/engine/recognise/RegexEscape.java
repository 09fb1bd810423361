package uk.secondopinion.engine.recognise;

/**
 * The one character an escape in a regular expression stands for, as RE2 reads it, for
 * the analyses that read patterns ({@link RequiredLiterals}, {@link MatchAlphabet}):
 * {@code \n}, {@code \t}, {@code \r}, {@code \f}, {@code \v}, or an escaped punctuation
 * character such as {@code \.} standing for itself.
 */
final class RegexEscape {

	private RegexEscape() {
	}

	/**
	 * The character {@code \}{@code escaped} matches.
	 * @throws UnsupportedOperationException if the escape is not a single character (a
	 * class such as {@code \d}, or one the analyses do not read), so the caller gives up
	 * on the pattern rather than misread it
	 */
	static char literal(char escaped) {
		return switch (escaped) {
			case 'n' -> '\n';
			case 't' -> '\t';
			case 'r' -> '\r';
			case 'f' -> '\f';
			case 'v' -> '\u000B';
			default -> {
				if (Character.isLetterOrDigit(escaped)) {
					throw new UnsupportedOperationException("escape \\" + escaped);
				}
				yield escaped;
			}
		};
	}

}
