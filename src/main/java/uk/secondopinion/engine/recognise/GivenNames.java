package uk.secondopinion.engine.recognise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Common given names, from {@value #RESOURCE}: a name whatever its case, for text whose
 * capitals cannot tell a name from another word ("son bill", "DAUGHTER LISA").
 */
final class GivenNames {

	static final String RESOURCE = "rules/lexicons/given-names.txt";

	private static final Set<String> NAMES = load();

	private GivenNames() {
	}

	/**
	 * How many characters of the match to keep: its first word if that is a given name,
	 * otherwise none ({@code -1}).
	 */
	static int acceptFirstWord(String text, String original) {
		int space = text.indexOf(' ');
		String first = (space < 0) ? text : text.substring(0, space);
		return NAMES.contains(first.toLowerCase(Locale.ROOT)) ? first.length() : -1;
	}

	private static Set<String> load() {
		try (InputStream in = GivenNames.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE);
			}
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
