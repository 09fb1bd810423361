package uk.secondopinion.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * A normalised draft split into words, clauses and sentences, the units that rules and
 * context cues (negation, hypotheticals, quotation) work in. All offsets are into the
 * normalised text.
 */
public final class AnalysedText {

	private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "miss", "prof", "st", "eg", "e.g",
			"ie", "i.e", "vs", "approx", "no", "etc", "inc", "ltd");

	private static final String[] CLAUSE_WORDS = { " but ", " although ", " though ", " whereas ", " however ",
			" except ", " yet " };

	/** The letters the clause words start with, to try them only after such a space. */
	private static final String CLAUSE_WORD_INITIALS = "batwhey";

	private final NormalizedText normalized;

	private final List<Token> tokens;

	private final int[] sentenceStarts;

	/** The sentences an emoji ended, rather than punctuation or a new line. */
	private final BitSet endedByEmoji;

	private final int[] clauseStarts;

	private final boolean[] quoted;

	private AnalysedText(NormalizedText normalized, List<Token> tokens, Sentences sentences, int[] clauseStarts,
			boolean[] quoted) {
		this.normalized = normalized;
		this.tokens = tokens;
		this.sentenceStarts = sentences.starts();
		this.endedByEmoji = sentences.endedByEmoji();
		this.clauseStarts = clauseStarts;
		this.quoted = quoted;
	}

	public static AnalysedText of(String original) {
		return of(TextNormalizer.normalize(original));
	}

	public static AnalysedText of(NormalizedText normalized) {
		String text = normalized.text();
		List<Token> tokens = tokenize(text);
		Sentences sentences = sentences(text);
		int[] clauses = clauseStarts(text, sentences.starts());
		return new AnalysedText(normalized, tokens, sentences, clauses, quotedCharacters(text));
	}

	public NormalizedText normalized() {
		return this.normalized;
	}

	public String text() {
		return this.normalized.text();
	}

	public List<Token> tokens() {
		return this.tokens;
	}

	public int sentenceCount() {
		return this.sentenceStarts.length;
	}

	/** Index of the sentence holding normalised offset {@code offset}. */
	public int sentenceAt(int offset) {
		return indexAt(this.sentenceStarts, offset);
	}

	/**
	 * Index of the clause holding normalised offset {@code offset}; clauses never span
	 * sentences.
	 */
	public int clauseAt(int offset) {
		return indexAt(this.clauseStarts, offset);
	}

	public int clauseStart(int clause) {
		return this.clauseStarts[clause];
	}

	public int sentenceStart(int sentence) {
		return this.sentenceStarts[sentence];
	}

	public int sentenceEnd(int sentence) {
		return (sentence + 1 < this.sentenceStarts.length) ? this.sentenceStarts[sentence + 1] : text().length();
	}

	/**
	 * Whether an emoji, not a full stop or a new line, ended the sentence, so that the
	 * next one may carry on the same thought ("First pint in a month 🍺 not on call till
	 * Tuesday").
	 */
	public boolean endedByEmoji(int sentence) {
		return this.endedByEmoji.get(sentence);
	}

	/** Whether normalised offset {@code offset} lies inside quotation marks. */
	public boolean isQuoted(int offset) {
		return offset >= 0 && offset < this.quoted.length && this.quoted[offset];
	}

	/**
	 * Whether every character from {@code start} to {@code end} lies inside quotation
	 * marks: a quotation, rather than the author's own words around a word in scare
	 * quotes ("the consultant 'intubating' the cake").
	 */
	public boolean isQuoted(int start, int end) {
		for (int offset = start; offset < end; offset++) {
			if (!isQuoted(offset)) {
				return false;
			}
		}
		return end > start;
	}

	/** Index of the first token that ends after {@code offset}, or the token count. */
	public int tokenIndexAt(int offset) {
		int low = 0;
		int high = this.tokens.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (this.tokens.get(mid).end() <= offset) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	private static int indexAt(int[] starts, int offset) {
		int found = Arrays.binarySearch(starts, offset);
		return (found >= 0) ? found : Math.max(0, -found - 2);
	}

	static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c);
	}

	private static List<Token> tokenize(String text) {
		List<Token> tokens = new ArrayList<>(text.length() / 5 + 1);
		int length = text.length();
		int i = 0;
		while (i < length) {
			if (!isWordChar(text.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			while (i < length && (isWordChar(text.charAt(i)) || (text.charAt(i) == '\'' && i + 1 < length
					&& Character.isLetter(text.charAt(i + 1)) && i > start))) {
				i++;
			}
			tokens.add(new Token(start, i, text.substring(start, i)));
		}
		return tokens;
	}

	private record Sentences(int[] starts, BitSet endedByEmoji) {

	}

	private static Sentences sentences(String text) {
		Offsets starts = new Offsets();
		starts.add(0);
		BitSet endedByEmoji = new BitSet();
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			int boundary = -1;
			boolean emoji = false;
			if (c == '\n') {
				boundary = i + 1;
			}
			else if ((c == '.' || c == '!' || c == '?') && (i + 1 == length || isSpaceOrSymbol(text.charAt(i + 1)))
					&& !(c == '.' && endsWithAbbreviation(text, i))) {
				boundary = i + 1;
			}
			else if (Character.isSurrogate(c) || Character.getType(c) == Character.OTHER_SYMBOL) {
				// Emoji often end a sentence in posts ("Wish me luck 💋 see you there")
				int j = i;
				while (j < length && (Character.isSurrogate(text.charAt(j))
						|| Character.getType(text.charAt(j)) == Character.OTHER_SYMBOL
						|| Character.getType(text.charAt(j)) == Character.MODIFIER_SYMBOL)) {
					j++;
				}
				if (j == length || Character.isWhitespace(text.charAt(j))) {
					boundary = j;
					emoji = true;
				}
				i = j - 1;
			}
			if (boundary > 0 && boundary < length && boundary > starts.last()) {
				endedByEmoji.set(starts.size - 1, emoji);
				starts.add(boundary);
			}
		}
		return new Sentences(starts.toArray(), endedByEmoji);
	}

	private static boolean isSpaceOrSymbol(char c) {
		return Character.isWhitespace(c) || c == '"' || c == '\'' || c == ')' || Character.isSurrogate(c);
	}

	/**
	 * Full stops after titles, initials and common abbreviations do not end a sentence.
	 */
	private static boolean endsWithAbbreviation(String text, int dot) {
		int start = dot;
		while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
			start--;
		}
		String word = text.substring(start, dot);
		if (word.isEmpty()) {
			return false;
		}
		return word.length() == 1 || ABBREVIATIONS.contains(word) || (word.indexOf('.') >= 0 && word.length() <= 4);
	}

	private static int[] clauseStarts(String text, int[] sentences) {
		// each sentence's clauses start after its own start, in order, so the offsets
		// come
		// out sorted and distinct
		Offsets starts = new Offsets();
		for (int s = 0; s < sentences.length; s++) {
			int from = sentences[s];
			int to = (s + 1 < sentences.length) ? sentences[s + 1] : text.length();
			starts.add(from);
			for (int i = from; i < to; i++) {
				char c = text.charAt(i);
				boolean boundary = c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || (c == '-' && i > from
						&& i + 1 < to && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ');
				if (boundary && i + 1 < to) {
					starts.add(i + 1);
				}
				else if (c == ' ' && i + 1 < to && CLAUSE_WORD_INITIALS.indexOf(text.charAt(i + 1)) >= 0) {
					for (String word : CLAUSE_WORDS) {
						if (text.startsWith(word, i)) {
							starts.add(i + 1);
							break;
						}
					}
				}
			}
		}
		return starts.toArray();
	}

	/** A growing list of offsets, without boxing them. */
	private static final class Offsets {

		private int[] offsets = new int[16];

		private int size;

		void add(int offset) {
			if (this.size == this.offsets.length) {
				this.offsets = Arrays.copyOf(this.offsets, this.size * 2);
			}
			this.offsets[this.size++] = offset;
		}

		int last() {
			return this.offsets[this.size - 1];
		}

		int[] toArray() {
			return Arrays.copyOf(this.offsets, this.size);
		}

	}

	/**
	 * Marks characters between paired quotation marks. Apostrophes inside words ("don't",
	 * "patients'") are not quotation marks; a quote left open ends with its sentence's
	 * line.
	 */
	private static boolean[] quotedCharacters(String text) {
		boolean[] quoted = new boolean[text.length()];
		int length = text.length();
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			boolean opening = (c == '"') || (c == '\'' && (i == 0 || !isWordChar(text.charAt(i - 1))) && i + 1 < length
					&& isWordChar(text.charAt(i + 1)));
			if (!opening) {
				i++;
				continue;
			}
			int close = findClosingQuote(text, i + 1, c);
			if (close < 0) {
				i++;
				continue;
			}
			for (int k = i + 1; k < close; k++) {
				quoted[k] = true;
			}
			i = close + 1;
		}
		return quoted;
	}

	private static int findClosingQuote(String text, int from, char mark) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				return -1;
			}
			if (c == mark && (mark == '"' || i + 1 == text.length() || !isWordChar(text.charAt(i + 1)))) {
				if (mark == '\'' && i > 0 && !isWordChar(text.charAt(i - 1)) && text.charAt(i - 1) != '.'
						&& text.charAt(i - 1) != '!' && text.charAt(i - 1) != '?') {
					continue;
				}
				return i;
			}
		}
		return -1;
	}

}
