package uk.secondopinion.engine.recognise;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a passage, as the author typed it, reads as a proper name: every word
 * capitalised (not shouted in capitals), and not a capitalised everyday word such as a
 * day, a month, a greeting or a service ("Monday", "Thanks", "NHS"). After a title, where
 * the author writes in one case throughout, a word that is not an everyday one is read as
 * a name without its capital.
 */
public final class ProperName {

	private static final Set<String> NOT_NAMES = Set.copyOf(List.of("i", "i'm", "i've", "i'd", "i'll", "a", "an", "the",
			"my", "our", "his", "her", "their", "your", "this", "that", "these", "those", "it", "it's", "he", "she",
			"they", "we", "you", "today", "tonight", "yesterday", "tomorrow", "monday", "tuesday", "wednesday",
			"thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december", "christmas", "easter", "nhs", "gp", "gps", "a&e",
			"ed", "amu", "icu", "itu", "dr", "doctor", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "nurse",
			"matron", "god", "jesus", "happy", "hi", "hey", "hello", "dear", "thanks", "thank", "sorry", "please",
			"just", "so", "and", "but", "also", "anyway", "honestly", "ward", "bed", "bay", "covid", "brexit", "good",
			"best", "worst", "first", "last", "next", "every", "all", "some", "any", "no", "not", "yes", "ok", "okay",
			"oh", "wow", "omg", "lol", "well", "still", "then", "now", "there", "here", "what", "why", "how", "who",
			"when", "where", "if", "mum", "dad", "nan", "grandad", "love", "babe", "hun", "mate", "team", "trust",
			"hospital", "clinic", "practice", "surgery", "doctor", "nurse", "patient", "patients", "sister", "matron",
			"consultant", "f1", "f2", "fy1", "fy2", "sho", "reg", "instagram", "facebook", "twitter", "tiktok",
			"whatsapp", "linkedin", "google", "bbc", "uk", "england", "scotland", "wales", "ireland", "london", "rip",
			"ps", "pps", "btw", "fyi", "post", "day", "night", "week", "morning", "evening", "afternoon", "one", "two",
			"three", "new", "locum", "group", "participation", "committee", "council", "association", "society",
			"panel", "board", "forum", "network", "federation", "partnership", "service", "services", "centre"));

	private static final Set<String> CASELESS_TITLES = Set.of("mr", "mrs", "mx");

	/**
	 * Words, beyond {@link #NOT_NAMES}, that follow "mr" when it abbreviates magnetic
	 * resonance, mitral regurgitation or modified release, or that make a nickname rather
	 * than a name ("mr motivator").
	 */
	private static final Set<String> NOT_NAMES_AFTER_A_TITLE = Set.copyOf(List.of("scan", "scans", "scanner",
			"scanning", "imaging", "image", "images", "angiogram", "angio", "angiography", "venogram", "arthrogram",
			"enterography", "cholangiogram", "spectroscopy", "perfusion", "guided", "contrast", "safe", "unsafe",
			"conditional", "compatible", "report", "reported", "booked", "requested", "request", "list", "slot",
			"brain", "head", "spine", "spinal", "pelvis", "knee", "hip", "shoulder", "ankle", "wrist", "liver",
			"pancreas", "prostate", "breast", "heart", "cardiac", "abdomen", "neck", "orbits", "whole", "mild",
			"moderate", "severe", "trace", "trivial", "significant", "functional", "tr", "ar", "as", "pr", "or", "with",
			"without", "noted", "seen", "present", "unchanged", "improved", "worse", "worsening", "jet", "on", "tablet",
			"tablets", "capsule", "capsules", "preparation", "formulation", "release", "men", "man", "right", "wrong",
			"nice", "blobby", "motivator", "bean", "big", "universe", "president", "speaker", "chairman", "chair",
			"justice", "perfect", "fixit", "muscle", "tickle", "grumpy", "clean", "whippy"));

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");

	private ProperName() {
	}

	/** Whether every word of {@code original} reads as part of a name. */
	public static boolean isValid(String original) {
		String[] words = WHITESPACE.split(original.strip());
		return countLeadingNameWords(words, 0) == words.length;
	}

	/**
	 * How many characters of the normalised match {@code text} to keep: its leading words
	 * that read as a name in {@code original} ("Northgate" of "Northgate yesterday"), or
	 * -1 when none do.
	 */
	static int acceptLeadingWords(String text, String original) {
		String[] words = WHITESPACE.split(original.strip());
		return keep(text, foldedWords(words, countLeadingNameWords(words, 0)));
	}

	/**
	 * Like {@link #acceptLeadingWords} for a title and the name after it: the title is
	 * kept, and a name must follow it ("Mrs Khan", not "MR scan"). A title in capitals is
	 * an abbreviation, not a title ("diagnosed with MS. Heartbreaking"), unless the name
	 * after it is in capitals too ({@link #acceptCaselessTitledName}).
	 */
	static int acceptTitledName(String text, String original) {
		int nameStart = afterTitle(original);
		String title = bare(original.substring(0, nameStart).strip());
		String[] words = WHITESPACE.split(original.substring(nameStart).strip());
		int names;
		if (isCaseless(title + words[0])) {
			names = acceptCaselessTitledName(title, bare(words[0])) ? 1 : 0;
		}
		else {
			names = isAbbreviation(title) ? 0 : countLeadingNameWords(words, 0);
		}
		int textNameStart = afterTitle(text);
		return (names == 0) ? -1 : textNameStart + keep(text.substring(textNameStart), foldedWords(words, names));
	}

	/**
	 * How many words the first {@code count} of {@code words} make once normalised, which
	 * reads a hyphen inside a word as a space ({@code TextNormalizer}): "Okonjo-Baptiste"
	 * is two, so that the whole surname is highlighted and masked, not "[name]-Baptiste".
	 */
	private static int foldedWords(String[] words, int count) {
		int folded = count;
		for (int w = 0; w < count; w++) {
			String word = words[w];
			for (int i = 1; i < word.length() - 1; i++) {
				if (word.charAt(i) == '-' && Character.isLetterOrDigit(word.charAt(i - 1))
						&& Character.isLetterOrDigit(word.charAt(i + 1))) {
					folded++;
				}
			}
		}
		return folded;
	}

	/**
	 * Where the name after a title starts: past the title's letters, its full stop and
	 * the space, if any ("Mrs Khan", "mr.renzi").
	 */
	private static int afterTitle(String match) {
		int index = 0;
		while (index < match.length() && Character.isLetter(match.charAt(index))) {
			index++;
		}
		while (index < match.length() && !Character.isLetter(match.charAt(index))) {
			index++;
		}
		return index;
	}

	/**
	 * Whether a title and the word after it, written in one case as people typing quickly
	 * on a phone ("saw mrs jones") or in capitals throughout ("MR LOMISH HAD A GOOD DAY")
	 * write them, name someone, where capitals cannot tell. Only "Mr", "Mrs" and "Mx"
	 * count: in one case "ms" is as often multiple sclerosis or a mental state, and
	 * "miss" the verb. The word after must not be an everyday word or one that follows
	 * "MR" as an abbreviation (magnetic resonance, mitral regurgitation: "mr scan", "MILD
	 * MR NOTED").
	 */
	private static boolean acceptCaselessTitledName(String title, String name) {
		String word = POSSESSIVE.matcher(name.toLowerCase(Locale.ROOT)).replaceFirst("");
		return CASELESS_TITLES.contains(title.replace(".", "").toLowerCase(Locale.ROOT)) && word.length() >= 3
				&& !NOT_NAMES.contains(word) && !NOT_NAMES_AFTER_A_TITLE.contains(word);
	}

	/** Every letter the same case: all small letters, or all capitals. */
	private static boolean isCaseless(String letters) {
		return letters.codePoints().filter(Character::isLetter).allMatch(Character::isLowerCase)
				|| letters.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
	}

	/** Two or more letters, all capitals ("MS", "MR."), as an abbreviation is written. */
	private static boolean isAbbreviation(String word) {
		long letters = word.codePoints().filter(Character::isLetter).count();
		return letters > 1 && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
	}

	/**
	 * The length of the first {@code words} words of {@code text}, without a possessive
	 * on the last ("Mrs Adeyemi" of "Mrs Adeyemi's son"), so that the name alone is
	 * highlighted and masked.
	 */
	private static int keep(String text, int words) {
		if (words == 0) {
			return -1;
		}
		String[] folded = text.split(" ");
		int length = 0;
		int kept = Math.min(words, folded.length);
		for (int i = 0; i < kept; i++) {
			length += (i > 0 ? 1 : 0) + folded[i].length();
		}
		String last = folded[kept - 1];
		int possessive = last.length() - POSSESSIVE.matcher(last).replaceFirst("").length();
		return (possessive < last.length()) ? length - possessive : length;
	}

	private static int countLeadingNameWords(String[] words, int skip) {
		int count = 0;
		for (int i = skip; i < words.length; i++) {
			if (!isNameWord(words[i])) {
				break;
			}
			count++;
		}
		return count;
	}

	/**
	 * The word without what leads up to its first letter, nor trailing characters other
	 * than letters, full stops and apostrophes ("(Ellery," is "Ellery", "J." stays).
	 */
	private static String bare(String word) {
		int start = 0;
		while (start < word.length() && !Character.isLetter(word.codePointAt(start))) {
			start += Character.charCount(word.codePointAt(start));
		}
		int end = word.length();
		while (end > start) {
			int last = word.codePointBefore(end);
			if (Character.isLetter(last) || last == '.' || last == '\'' || last == '’') {
				break;
			}
			end -= Character.charCount(last);
		}
		return word.substring(start, end);
	}

	private static boolean isNameWord(String word) {
		String bare = bare(word);
		if (bare.isEmpty() || !Character.isUpperCase(bare.codePointAt(0))) {
			return false;
		}
		if (NOT_NAMES.contains(bare.toLowerCase(Locale.ROOT).replace('’', '\''))) {
			return false;
		}
		// A name has lower-case letters after its capital ("Ellery", "McKay"); a word in
		// capitals is
		// shouting or an abbreviation ("HELL", "NSR"), unless it is an initial ("J.",
		// "J.T.").
		boolean initial = bare.length() <= 4 && bare.indexOf('.') > 0;
		return initial || bare.codePoints().skip(1).anyMatch(Character::isLowerCase);
	}

}
