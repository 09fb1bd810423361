package uk.secondopinion.engine.recognise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LiteralAutomatonTest {

	private record Found(int start, int end, String value) {

	}

	@Test
	void findsOverlappingStringsAndThoseInsideOthers() {
		LiteralAutomaton<String> automaton = automatonOf(List.of("he", "she", "his", "hers"));

		assertThat(foundIn(automaton, "ushers")).containsExactlyInAnyOrder(new Found(1, 4, "she"),
				new Found(2, 4, "he"), new Found(2, 6, "hers"));
		assertThat(foundIn(automaton, "this")).containsExactly(new Found(1, 4, "his"));
		assertThat(foundIn(automaton, "a theme")).containsExactly(new Found(3, 5, "he"));
	}

	@Test
	void aCharacterNoStringHoldsLeadsNowhere() {
		LiteralAutomaton<String> automaton = automatonOf(List.of("ab", "b"));

		// the highest character would lead past the last state in use
		assertThat(foundIn(automaton, "\uffffab\uffff\u0000b")).containsExactlyInAnyOrder(new Found(1, 3, "ab"),
				new Found(2, 3, "b"), new Found(5, 6, "b"));
		assertThat(foundIn(automatonOf(List.of()), "anything")).isEmpty();
	}

	@Test
	void findsWhatASearchAtEveryOffsetFinds() {
		Random random = new Random(20261207);
		char[] alphabet = { 'a', 'b', 'c', ' ', '0', 'é', '\u4e2d', '\ud83d', '\ude00', '\uffff' };
		for (int round = 0; round < 200; round++) {
			List<String> strings = new ArrayList<>();
			for (int i = 1 + random.nextInt(30); i > 0; i--) {
				strings.add(randomText(random, alphabet, 1 + random.nextInt(5)));
			}
			LiteralAutomaton<String> automaton = automatonOf(strings);
			for (int text = 0; text < 20; text++) {
				String draft = randomText(random, alphabet, random.nextInt(60));
				assertThat(foundIn(automaton, draft)).as("%s in %s", strings, draft)
					.containsExactlyInAnyOrderElementsOf(searchedFor(strings, draft));
			}
		}
	}

	private static LiteralAutomaton<String> automatonOf(List<String> strings) {
		Map<String, String> byString = new LinkedHashMap<>();
		strings.forEach((string) -> byString.put(string, string));
		return new LiteralAutomaton<>(byString);
	}

	private static List<Found> foundIn(LiteralAutomaton<String> automaton, String text) {
		List<Found> found = new ArrayList<>();
		automaton.find(text.toCharArray(), (start, end, value) -> found.add(new Found(start, end, value)));
		return found;
	}

	private static List<Found> searchedFor(List<String> strings, String text) {
		List<Found> found = new ArrayList<>();
		for (String string : strings.stream().distinct().toList()) {
			for (int at = text.indexOf(string); at >= 0; at = text.indexOf(string, at + 1)) {
				found.add(new Found(at, at + string.length(), string));
			}
		}
		return found;
	}

	private static String randomText(Random random, char[] alphabet, int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(alphabet[random.nextInt(alphabet.length)]);
		}
		return text.toString();
	}

}
