package uk.secondopinion.engine.recognise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.secondopinion.engine.CheckEngine;
import uk.secondopinion.engine.learn.LabelledPost;
import uk.secondopinion.engine.rules.Concept;
import uk.secondopinion.engine.rules.Example;
import uk.secondopinion.engine.rules.PatternSpec;
import uk.secondopinion.engine.rules.PhraseSyntax;
import uk.secondopinion.engine.rules.Rule;
import uk.secondopinion.engine.text.AnalysedText;
import uk.secondopinion.engine.text.NormalizedText;
import uk.secondopinion.engine.text.Span;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast recognisers find exactly what the plain way finds: every pattern searched with
 * {@code find()} over the whole text (after a match its validator refuses, from the
 * character after the match's start), every phrase looked for at every offset. Tried on
 * every example in the rule files, the labelled training posts, the benchmark posts, and
 * seeded random texts made of the rules' own phrases and example words, numbers,
 * punctuation and odd characters.
 */
class RecognizerEquivalenceTest {

	private static final List<Concept> CONCEPTS = List
		.copyOf(CheckEngine.fromClasspath().ruleSet().concepts().values());

	private static final List<String> TEXTS = new ArrayList<>();

	/**
	 * Every phrase of every concept, its concept, and where each first character leads.
	 */
	private static final List<PhraseSyntax.Expansion> EXPANSIONS = new ArrayList<>();

	private static final List<String> EXPANSION_CONCEPTS = new ArrayList<>();

	private static final Map<Character, List<Integer>> PHRASES_BY_FIRST_CHARACTER = new HashMap<>();

	private static final Map<String, Pattern> PATTERNS = new HashMap<>();

	/** Hits as the rule evaluator reads them: by concept, then in text order. */
	private static final Comparator<Hit> READING_ORDER = Comparator.comparing(Hit::concept)
		.thenComparingInt(Hit::start)
		.thenComparing(Comparator.comparingInt(Hit::end).reversed());

	@BeforeAll
	static void texts() throws IOException {
		List<String> examples = new ArrayList<>();
		for (Rule rule : CheckEngine.fromClasspath().ruleSet().rules()) {
			rule.examples().stream().map(Example::text).forEach(examples::add);
		}
		for (Concept concept : CONCEPTS) {
			examples.addAll(concept.find());
			examples.addAll(concept.ignore());
		}
		TEXTS.addAll(examples);
		Path training = Path.of("src/test/resources/training");
		if (Files.isDirectory(training)) {
			try (var files = Files.list(training)) {
				for (Path file : files.filter((path) -> path.toString().endsWith(".jsonl")).sorted().toList()) {
					LabelledPost.read(file).forEach((post) -> TEXTS.add(post.text()));
				}
			}
		}
		Path benchmark = Path.of("src/jmh/resources/benchmark");
		if (Files.isDirectory(benchmark)) {
			try (var files = Files.list(benchmark)) {
				for (Path file : files.sorted().toList()) {
					TEXTS.addAll(List.of(Files.readString(file).split("\n---\n")));
				}
			}
		}
		List<String> words = new ArrayList<>();
		for (Concept concept : CONCEPTS) {
			for (String phrase : concept.phrases()) {
				for (PhraseSyntax.Expansion expansion : PhraseSyntax.expand(phrase)) {
					words.add(expansion.text());
					if (!expansion.text().isEmpty()) {
						PHRASES_BY_FIRST_CHARACTER.computeIfAbsent(expansion.text().charAt(0), (c) -> new ArrayList<>())
							.add(EXPANSIONS.size());
					}
					EXPANSIONS.add(expansion);
					EXPANSION_CONCEPTS.add(concept.id());
				}
			}
		}
		for (String example : examples) {
			words.addAll(List.of(example.split(" ")));
		}
		words.addAll(List.of("0", "7", "12", "4.7.82", "03/11/1958", "943 476 5919", "9434765919", "07700 900123",
				"bed 4", "mr", "Mrs", "Dr", "nhs no", "dob", "#", "@", "(", ")", ",", ".", ";", ":", "-", "'", "\"",
				"!", "?", "*", "/", "&", "_", "é", "\uD83D\uDE00", "\u0301", "\u202E", "\u0002", "\u0003", "\u00A0",
				"shiiit", "f.u.c.k", "b0ll0cks", "sh*t",
				// capitals that fold to other letters or none, for the capital-letter
				// shortcut
				"\u014Csaka", "\uFF2Ceeds", "\u01C4emal", "E\u0301lise", "\u0130stanbul", "\u2160", "\u00C6thel"));
		Random random = new Random(2026);
		String[] separators = { " ", " ", " ", "", "  ", "\n", "\t", ", ", ". " };
		for (int i = 0; i < 4_000; i++) {
			StringBuilder text = new StringBuilder();
			int length = (i % 100 == 0) ? 600 : random.nextInt(40);
			for (int k = 0; k < length; k++) {
				String word = words.get(random.nextInt(words.size()));
				text.append((random.nextInt(8) == 0) ? word.toUpperCase() : word);
				text.append(separators[random.nextInt(separators.length)]);
			}
			TEXTS.add(text.toString());
		}
		for (int i = 0; i < 2_000; i++) {
			String first = examples.get(random.nextInt(examples.size()));
			String second = examples.get(random.nextInt(examples.size()));
			TEXTS.add(first.substring(random.nextInt(first.length() + 1))
					+ second.substring(0, random.nextInt(second.length() + 1)));
		}
	}

	@Test
	void patternsFindWhatAPlainSearchOfEveryPatternFinds() {
		assertThat(patternHitsAsAPlainSearchFinds(CONCEPTS, TEXTS)).as("pattern hits compared").isGreaterThan(1_000);
	}

	/**
	 * A pattern's edges, a character of context at its start or end (see
	 * {@link MatchAlphabet}), lie outside the runs the pattern is looked for in; what
	 * they require, and where they start, must not lose a match.
	 */
	@Test
	void patternsWithEdgesFindWhatAPlainSearchFinds() {
		List<Concept> edged = List.of(
				new Concept("leading", "", List.of(), List.of(new PatternSpec("(?:^|[,;(])(foo bar)", 1, null)), false,
						List.of(), List.of()),
				new Concept("trailing", "", List.of(),
						List.of(new PatternSpec("\\b(?:in|at) ([a-z]+)(?:[.!?]|$)", 1, null)), false, List.of(),
						List.of()),
				new Concept("both", "", List.of(), List.of(new PatternSpec("(?:^|[^a-z])(zed)(?:[^a-z']|$)", 1, null)),
						false, List.of(), List.of()));
		List<String> texts = new ArrayList<>(List.of("foo bar", ",foo bar", "x;foo bar.", "a (foo bar) b", "at home!",
				"in bed", "sat in.", "stuck in traffic. at work? in", "zed", "a zed.", "zed's", "zeds", "7zed7"));
		texts.addAll(TEXTS);
		assertThat(patternHitsAsAPlainSearchFinds(edged, texts)).as("pattern hits compared").isGreaterThan(50);
	}

	/**
	 * Asserts that the recogniser finds, in each text, the hits a plain search of every
	 * pattern finds; returns how many there were.
	 */
	private static int patternHitsAsAPlainSearchFinds(List<Concept> concepts, List<String> texts) {
		PatternRecognizer fast = new PatternRecognizer(concepts);
		int hits = 0;
		for (String original : texts) {
			AnalysedText text = AnalysedText.of(original);
			List<Hit> expected = plainPatternHits(concepts, text);
			List<Hit> actual = new ArrayList<>();
			fast.recognise(text, actual);
			assertThat(inReadingOrder(actual)).as("pattern hits in \"%s\"", original)
				.containsExactlyElementsOf(inReadingOrder(expected));
			hits += expected.size();
		}
		return hits;
	}

	@Test
	void phrasesFindWhatLookingForEveryPhraseEverywhereFinds() {
		PhraseRecognizer fast = new PhraseRecognizer(CONCEPTS);
		int hits = 0;
		for (String original : TEXTS) {
			AnalysedText text = AnalysedText.of(original);
			List<Hit> expected = plainPhraseHits(text.text());
			List<Hit> actual = new ArrayList<>();
			fast.recognise(text, actual);
			assertThat(inReadingOrder(actual)).as("phrase hits in \"%s\"", original)
				.containsExactlyElementsOf(inReadingOrder(expected));
			hits += expected.size();
		}
		assertThat(hits).as("phrase hits compared").isGreaterThan(10_000);
	}

	private static List<Hit> inReadingOrder(List<Hit> hits) {
		List<Hit> sorted = new ArrayList<>(hits);
		sorted.sort(READING_ORDER);
		return sorted;
	}

	/** Every pattern searched for across the whole text, one match after another. */
	private static List<Hit> plainPatternHits(List<Concept> concepts, AnalysedText analysed) {
		String text = analysed.text();
		NormalizedText normalized = analysed.normalized();
		List<Hit> hits = new ArrayList<>();
		for (Concept concept : concepts) {
			for (PatternSpec spec : concept.patterns()) {
				Validator validator = Validator.named(spec.validator());
				Matcher matcher = PATTERNS.computeIfAbsent(spec.regex(), Pattern::compile).matcher(text);
				int position = 0;
				while (position <= text.length() && matcher.find(position)) {
					int start = matcher.start(spec.group());
					int end = matcher.end(spec.group());
					int kept = -1;
					if (start >= 0 && end > start) {
						Span span = normalized.toOriginal(start, end);
						kept = validator.accept(text.substring(start, end),
								normalized.original().substring(span.start(), span.end()));
					}
					if (kept > 0) {
						hits.add(new Hit(concept.id(), start, start + kept, null));
					}
					// a match refused takes no text from the next
					position = (kept > 0) ? Math.max(matcher.end(), matcher.start() + 1) : matcher.start() + 1;
				}
			}
		}
		return hits;
	}

	/**
	 * Every phrase looked for at every offset, shorter phrases first at each offset, as a
	 * scan from left to right meets their ends.
	 */
	private static List<Hit> plainPhraseHits(String text) {
		List<Hit> hits = new ArrayList<>();
		for (int start = 0; start < text.length(); start++) {
			if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))
					&& Character.isLetterOrDigit(text.charAt(start))) {
				continue;
			}
			List<Integer> candidates = PHRASES_BY_FIRST_CHARACTER.getOrDefault(text.charAt(start), List.of());
			for (int k : candidates) {
				PhraseSyntax.Expansion expansion = EXPANSIONS.get(k);
				if (!text.startsWith(expansion.text(), start)) {
					continue;
				}
				int end = start + expansion.text().length();
				if (expansion.prefix()) {
					while (end < text.length() && Character.isLetter(text.charAt(end))) {
						end++;
					}
				}
				else if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))
						&& Character.isLetterOrDigit(text.charAt(end - 1))) {
					continue;
				}
				hits.add(new Hit(EXPANSION_CONCEPTS.get(k), start, end, expansion.replacement()));
			}
		}
		return hits;
	}

}
