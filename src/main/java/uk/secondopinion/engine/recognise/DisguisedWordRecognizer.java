package uk.secondopinion.engine.recognise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.secondopinion.engine.rules.Concept;
import uk.secondopinion.engine.rules.PhraseSyntax;
import uk.secondopinion.engine.text.AnalysedText;

/**
 * Finds the words of disguisable concepts when they are disguised: starred ("sh*t",
 * "f***ing"), spelt with digits and symbols ("b0ll0cks", "@rse"), spaced or dotted out
 * ("f u c k", "f.u.c.k") or stretched ("shiiiit"). Plain spellings are left to the phrase
 * recogniser. Only the listed words are compared, so ordinary words with digits ("b12",
 * "covid19") are never read as anything else.
 */
public final class DisguisedWordRecognizer implements Recognizer {

	private static final String[] SUFFIXES = { "", "s", "es", "ed", "er", "ers", "ing", "in", "y", "head", "heads" };

	private static final char WILDCARD = '?';

	/** Collapsed spelling of each disguisable word, to its concept. */
	private final Map<String, String> words = new HashMap<>();

	/** The same words grouped by length, for starred spellings. */
	private final Map<Integer, List<String>> wordsByLength = new HashMap<>();

	public DisguisedWordRecognizer(List<Concept> concepts) {
		for (Concept concept : concepts) {
			if (!concept.disguisable()) {
				continue;
			}
			for (String phrase : concept.phrases()) {
				for (PhraseSyntax.Expansion expansion : PhraseSyntax.expand(phrase)) {
					if (expansion.text().indexOf(' ') < 0 && expansion.text().chars().allMatch(Character::isLetter)) {
						this.words.put(collapseRuns(expansion.text()), concept.id());
						this.wordsByLength.computeIfAbsent(expansion.text().length(), (length) -> new ArrayList<>())
							.add(expansion.text());
					}
				}
			}
		}
	}

	@Override
	public void recognise(AnalysedText analysed, List<Hit> hits) {
		if (this.words.isEmpty()) {
			return;
		}
		String text = analysed.text();
		int length = text.length();
		int i = 0;
		int spacedStart = -1;
		StringBuilder spaced = new StringBuilder();
		int spacedEnd = -1;
		while (i < length) {
			if (Character.isWhitespace(text.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			while (i < length && !Character.isWhitespace(text.charAt(i))) {
				i++;
			}
			int wordStart = start;
			int wordEnd = i;
			while (wordStart < wordEnd && "\"'([{<".indexOf(text.charAt(wordStart)) >= 0) {
				wordStart++;
			}
			while (wordEnd > wordStart && "\"'.,;:!?)]}>".indexOf(text.charAt(wordEnd - 1)) >= 0) {
				wordEnd--;
			}
			if (wordEnd - wordStart == 1 && Character.isLetter(text.charAt(wordStart))) {
				if (spacedStart < 0) {
					spacedStart = wordStart;
					spaced.setLength(0);
				}
				spaced.append(text.charAt(wordStart));
				spacedEnd = wordEnd;
				continue;
			}
			flushSpaced(spaced, spacedStart, spacedEnd, hits);
			spacedStart = -1;
			if (wordEnd > wordStart && !isPlainWord(text, wordStart, wordEnd)) {
				matchWord(text.substring(wordStart, wordEnd), wordStart, wordEnd, hits);
			}
		}
		flushSpaced(spaced, spacedStart, spacedEnd, hits);
	}

	/**
	 * Letters only, with no letter three times in a row: spelt plainly, which is the
	 * phrase recogniser's business. Most words are, so they are passed over without
	 * copying them.
	 */
	private static boolean isPlainWord(String text, int start, int end) {
		for (int k = start; k < end; k++) {
			char c = text.charAt(k);
			if (!Character.isLetter(c) || (k >= start + 2 && c == text.charAt(k - 1) && c == text.charAt(k - 2))) {
				return false;
			}
		}
		return true;
	}

	private void flushSpaced(StringBuilder spaced, int start, int end, List<Hit> hits) {
		if (start >= 0 && spaced.length() >= 3) {
			String concept = lookup(collapseRuns(spaced.toString()));
			if (concept != null) {
				hits.add(new Hit(concept, start, end, null));
			}
		}
	}

	private void matchWord(String word, int start, int end, List<Hit> hits) {
		StringBuilder decoded = new StringBuilder(word.length());
		boolean disguised = false;
		boolean wildcard = false;
		boolean hasLetter = false;
		for (int k = 0; k < word.length(); k++) {
			char c = word.charAt(k);
			if (Character.isLetter(c)) {
				decoded.append(c);
				hasLetter = true;
				continue;
			}
			char letter = leet(c);
			if (letter != 0) {
				decoded.append(letter);
				disguised = true;
			}
			else if (c == '*' || c == '#' || c == '%' || c == '_' || c == '?' || c == '\u2022') {
				decoded.append(WILDCARD);
				disguised = true;
				wildcard = true;
			}
			else if (c == '.' || c == '-') {
				disguised = true;
			}
			else {
				return;
			}
		}
		if (!hasLetter || decoded.isEmpty()) {
			return;
		}
		String candidate = decoded.toString();
		String collapsed = collapseRuns(candidate);
		if (!disguised && !hasRunOfThree(candidate)) {
			return;
		}
		String concept = wildcard ? lookupStarred(candidate) : lookup(collapsed);
		if (concept != null) {
			hits.add(new Hit(concept, start, end, null));
		}
	}

	private String lookup(String collapsed) {
		for (String suffix : SUFFIXES) {
			if (collapsed.length() > suffix.length() + 1 && collapsed.endsWith(suffix)) {
				String concept = this.words.get(collapsed.substring(0, collapsed.length() - suffix.length()));
				if (concept != null) {
					return concept;
				}
			}
		}
		return null;
	}

	/**
	 * A starred spelling matches a listed word of the same length that agrees on every
	 * shown letter.
	 */
	private String lookupStarred(String candidate) {
		if (candidate.charAt(0) == WILDCARD) {
			return null;
		}
		for (String suffix : SUFFIXES) {
			if (candidate.length() <= suffix.length() + 1 || !candidate.endsWith(suffix)) {
				continue;
			}
			String stem = candidate.substring(0, candidate.length() - suffix.length());
			for (String word : this.wordsByLength.getOrDefault(stem.length(), List.of())) {
				if (agrees(stem, word)) {
					return this.words.get(collapseRuns(word));
				}
			}
		}
		return null;
	}

	private static boolean agrees(String starred, String word) {
		for (int k = 0; k < starred.length(); k++) {
			char c = starred.charAt(k);
			if (c != WILDCARD && c != word.charAt(k)) {
				return false;
			}
		}
		return true;
	}

	private static char leet(char c) {
		return switch (c) {
			case '0' -> 'o';
			case '1', '!', '|' -> 'i';
			case '3', '\u20ac' -> 'e';
			case '4', '@' -> 'a';
			case '5', '$' -> 's';
			case '7', '+' -> 't';
			case '8' -> 'b';
			case '9' -> 'g';
			default -> 0;
		};
	}

	private static boolean hasRunOfThree(String word) {
		for (int k = 2; k < word.length(); k++) {
			if (word.charAt(k) == word.charAt(k - 1) && word.charAt(k) == word.charAt(k - 2)) {
				return true;
			}
		}
		return false;
	}

	/** "shiiiit" and "shit" both become "shit"; "bloody" becomes "blody". */
	static String collapseRuns(String word) {
		StringBuilder out = new StringBuilder(word.length());
		for (int k = 0; k < word.length(); k++) {
			char c = word.charAt(k);
			if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
				out.append(c);
			}
		}
		return out.toString();
	}

}
