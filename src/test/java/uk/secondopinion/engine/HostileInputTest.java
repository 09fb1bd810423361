package uk.secondopinion.engine;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

import uk.secondopinion.engine.report.CheckReport;
import uk.secondopinion.engine.report.Evidence;
import uk.secondopinion.engine.report.Finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * Whatever text arrives (any Unicode, broken surrogate pairs, control characters,
 * right-to-left overrides, stacked combining marks, endless words, a trigger word
 * repeated thousands of times), the engine answers without failing, every offset lies
 * inside the text on a code-point boundary, and the same input always gives the same
 * report. Property-based (QuickTheories): a failure prints the seed to replay it with
 * {@code -DQT_SEED=...}.
 */
class HostileInputTest {

	private static final CheckEngine ENGINE = CheckEngine.fromClasspath();

	private static final int MAX_LENGTH = 20_000;

	private static final String[] WORDS = { "NHS", "no", "number", "999 000 0018", "943 476 5919", "Mrs", "Mr", "Dr",
			"Ellery", "bed", "9", "ward", "bay", "DOB", "02/09/1953", "aged", "83", "with", "dementia", "idiot",
			"moron", "sh*t", "f.u.c.k", "b1tch", "patient", "my", "DM", "me", "add", "friend", "request", "as", "a",
			"GP", "doctor", "A&E", "today", "lol", "#medtwitter", "@NHSEngland", "https://example.org/x?y=1", "cure",
			"miracle", "sponsored", "not", "\"", "'", "(", ")", ",", ".", "!", "?", ":", ";", "-", "–", "\n", "\n\n",
			"\t" };

	private static final String[] INVISIBLES = { "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202a",
			"\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f",
			"\ufe0f" };

	private static final String[] EMOJI = { "\ud83d\ude02", "\ud83d\udc4d\ud83c\udffd", "\ud83c\uddec\ud83c\udde7",
			"\ud83d\udc69\u200d\u2695\ufe0f", "\u2764\ufe0f", "\ud83e\udd26\u200d\u2642\ufe0f", "\u00a9", "\u2122" };

	/** Text built from runs of the kinds of character that break text handling. */
	private static final Gen<String> HOSTILE_TEXT = HostileInputTest::hostileText;

	private static String hostileText(RandomnessSource random) {
		int target = (int) random.next(Constraint.between(0, MAX_LENGTH));
		StringBuilder text = new StringBuilder(target + 64);
		while (text.length() < target) {
			int count = (int) random.next(Constraint.between(1, 40));
			switch ((int) random.next(Constraint.between(0, 10))) {
				case 0 -> repeat(count, () -> text.appendCodePoint(anyCodePoint(random)));
				case 1 -> repeat(count, () -> text.append((char) random.next(Constraint.between(0xD800, 0xDFFF))));
				case 2 -> repeat(count, () -> text.append(control(random)));
				case 3 -> repeat(count, () -> text.append(pick(random, INVISIBLES)));
				case 4 -> {
					text.append((char) random.next(Constraint.between('a', 'z')));
					repeat(count * 5, () -> text.append((char) random.next(Constraint.between(0x0300, 0x036F))));
				}
				case 5 -> repeat(count, () -> text.append(pick(random, WORDS)).append(' '));
				case 6 -> repeat(count, () -> text.append(pick(random, EMOJI)));
				case 7 -> text.append(String.valueOf((char) random.next(Constraint.between('a', 'z')))
					.repeat((int) random.next(Constraint.between(50, 5_000))));
				case 8 ->
					repeat(count, () -> text.appendCodePoint((int) random.next(Constraint.between(0xFF01, 0xFF5E))));
				case 9 -> repeat(count, () -> text.append((char) random.next(Constraint.between(0x0400, 0x04FF))));
				default -> repeat(count, () -> text.append((char) random.next(Constraint.between(0x0590, 0x06FF))));
			}
		}
		return (text.length() > MAX_LENGTH) ? text.substring(0, MAX_LENGTH) : text.toString();
	}

	private static void repeat(int times, Runnable append) {
		for (int i = 0; i < times; i++) {
			append.run();
		}
	}

	private static int anyCodePoint(RandomnessSource random) {
		int codePoint = (int) random.next(Constraint.between(0, Character.MAX_CODE_POINT));
		return (codePoint >= 0xD800 && codePoint <= 0xDFFF) ? 0xFFFD : codePoint;
	}

	private static char control(RandomnessSource random) {
		int c = (int) random.next(Constraint.between(0, 0x3F));
		return (char) ((c < 0x20) ? c : 0x7F + (c - 0x20));
	}

	private static String pick(RandomnessSource random, String[] choices) {
		return choices[(int) random.next(Constraint.between(0, choices.length - 1))];
	}

	private static final Gen<PostContext> CONTEXTS = (random) -> new PostContext(
			Platform.values()[(int) random.next(Constraint.between(0, Platform.values().length - 1))],
			Audience.values()[(int) random.next(Constraint.between(0, Audience.values().length - 1))],
			random.next(Constraint.between(0, 1)) == 1);

	private static String describe(String text) {
		StringBuilder out = new StringBuilder(text.length() + " chars: ");
		text.codePoints()
			.limit(400)
			.forEach((c) -> out.append((c >= 0x20 && c < 0x7F) ? Character.toString(c) : String.format("\\u%04x", c)));
		return out.toString();
	}

	@Test
	void anyTextIsCheckedWithOffsetsOnCharacterBoundariesAndTheSameResultEveryTime() {
		qt().withExamples(200)
			.withShrinkCycles(50)
			.forAll(HOSTILE_TEXT.describedAs(HostileInputTest::describe), CONTEXTS)
			.checkAssert((text, context) -> {
				CheckReport report = ENGINE.check(text, context);
				assertWellFormed(text, report);
				assertThat(ENGINE.check(text, context)).isEqualTo(report);
			});
	}

	@Test
	void aTriggerWordTenThousandTimesOver() {
		for (String word : List.of("idiot ", "f.u.c.k ", "NHS no 999 000 0018 ")) {
			String text = word.repeat(10_000);
			CheckReport report = ENGINE.check(text, PostContext.DEFAULT);
			assertWellFormed(text, report);
			assertThat(report.findings()).isNotEmpty();
			assertThat(ENGINE.check(text, PostContext.DEFAULT)).isEqualTo(report);
		}
	}

	@Test
	void extremeShapesOfText() {
		List<String> texts = List.of("", " ", "\n".repeat(MAX_LENGTH), "a".repeat(MAX_LENGTH), "9".repeat(MAX_LENGTH),
				"e\u0301".repeat(MAX_LENGTH / 2), "a" + "\u0301".repeat(MAX_LENGTH - 1), "\u202e".repeat(MAX_LENGTH),
				"\ud83d".repeat(MAX_LENGTH), "\ude02".repeat(MAX_LENGTH), "\u0000".repeat(MAX_LENGTH),
				"\"".repeat(MAX_LENGTH), "'a".repeat(MAX_LENGTH / 2), "Mrs ".repeat(MAX_LENGTH / 4),
				"(".repeat(MAX_LENGTH / 2) + ")".repeat(MAX_LENGTH / 2), "a.".repeat(MAX_LENGTH / 2),
				"-a".repeat(MAX_LENGTH / 2), "\ud83d\udc69\u200d".repeat(MAX_LENGTH / 3),
				"\ud83d\ude02".repeat(MAX_LENGTH / 2));
		for (String text : texts) {
			CheckReport report = ENGINE.check(text, PostContext.DEFAULT);
			assertWellFormed(text, report);
			assertThat(ENGINE.check(text, PostContext.DEFAULT)).isEqualTo(report);
		}
	}

	private static void assertWellFormed(String text, CheckReport report) {
		assertThat(report.maskedText()).hasSameSizeAs(text);
		assertThat(report.saferText()).isNotNull();
		assertThat(report.riskLevel()).isEqualTo(CheckEngine.riskLevel(report.findings()));
		for (Finding finding : report.findings()) {
			assertSpan(text, finding.start(), finding.end());
			assertThat(finding.excerpt()).isEqualTo(text.substring(finding.start(), finding.end()));
			assertThat(finding.evidence()).isNotEmpty();
			for (Evidence evidence : finding.evidence()) {
				assertSpan(text, evidence.start(), evidence.end());
			}
		}
	}

	private static void assertSpan(String text, int start, int end) {
		assertThat(start).isBetween(0, end);
		assertThat(end).isBetween(start, text.length());
		assertThat(splitsAPair(text, start)).as("start %d splits a surrogate pair", start).isFalse();
		assertThat(splitsAPair(text, end)).as("end %d splits a surrogate pair", end).isFalse();
	}

	private static boolean splitsAPair(String text, int offset) {
		return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
				&& Character.isLowSurrogate(text.charAt(offset));
	}

}
