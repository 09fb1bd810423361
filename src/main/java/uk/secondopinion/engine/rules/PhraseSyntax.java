package uk.secondopinion.engine.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import uk.secondopinion.engine.text.TextNormalizer;

/**
 * The small phrase language of concept files, expanded into literal phrases at load time:
 * {@code (a|b)} is a choice, {@code [a|b]} an optional choice, a final {@code *} lets the
 * last word run on ("drunk*" finds "drunken"), and {@code => text} gives the safer
 * wording the phrase can be swapped for. Phrases are folded exactly as drafts are, so
 * "A&E" and "a&e", "ward-round" and "ward round" are the same phrase.
 */
public final class PhraseSyntax {

	private static final int MAX_EXPANSIONS = 4_000;

	private PhraseSyntax() {
	}

	/**
	 * A literal phrase, whether it may run on into a longer word, and its swap, if any.
	 */
	public record Expansion(String text, boolean prefix, String replacement) {

	}

	public static List<Expansion> expand(String phrase) {
		if (phrase.contains(")?") || phrase.contains("\\")) {
			// regular-expression habits: an optional group is [a|b] here, and patterns go
			// under patterns:
			throw new IllegalArgumentException(
					"Phrases are not regular expressions (write [a|b] for optional words): " + phrase);
		}
		String body = phrase;
		String replacement = null;
		int arrow = phrase.indexOf("=>");
		if (arrow >= 0) {
			body = phrase.substring(0, arrow);
			replacement = phrase.substring(arrow + 2).strip();
		}
		body = body.strip();
		boolean prefix = body.endsWith("*");
		if (prefix) {
			body = body.substring(0, body.length() - 1);
		}
		Parser parser = new Parser(body, phrase);
		List<String> variants = parser.sequence();
		if (parser.position != body.length()) {
			throw new IllegalArgumentException("Unbalanced brackets in phrase: " + phrase);
		}
		Set<String> distinct = new LinkedHashSet<>();
		for (String variant : variants) {
			String folded = TextNormalizer.normalize(variant.strip()).text().strip();
			if (!folded.isEmpty()) {
				distinct.add(folded);
			}
		}
		if (distinct.isEmpty()) {
			throw new IllegalArgumentException("Phrase expands to nothing: " + phrase);
		}
		List<Expansion> expansions = new ArrayList<>(distinct.size());
		for (String text : distinct) {
			expansions.add(new Expansion(text, prefix, replacement));
		}
		return expansions;
	}

	private static final class Parser {

		private final String text;

		private final String phrase;

		private int position;

		Parser(String text, String phrase) {
			this.text = text;
			this.phrase = phrase;
		}

		/** Parses up to the next unmatched '|', ')' or ']'. */
		List<String> sequence() {
			List<String> results = new ArrayList<>(List.of(""));
			StringBuilder literal = new StringBuilder();
			while (this.position < this.text.length()) {
				char c = this.text.charAt(this.position);
				if (c == '|' || c == ')' || c == ']') {
					break;
				}
				if (c == '(' || c == '[') {
					results = product(results, literal.toString(), List.of(""));
					literal.setLength(0);
					this.position++;
					List<String> choices = choices(c == '(' ? ')' : ']');
					if (c == '[') {
						choices.add("");
					}
					results = product(results, "", choices);
				}
				else {
					literal.append(c);
					this.position++;
				}
			}
			return product(results, literal.toString(), List.of(""));
		}

		private List<String> choices(char close) {
			List<String> choices = new ArrayList<>();
			while (true) {
				choices.addAll(sequence());
				if (this.position >= this.text.length()) {
					throw new IllegalArgumentException("Unclosed bracket in phrase: " + this.phrase);
				}
				char c = this.text.charAt(this.position++);
				if (c == close) {
					return choices;
				}
				if (c != '|') {
					throw new IllegalArgumentException("Mismatched bracket in phrase: " + this.phrase);
				}
			}
		}

		private List<String> product(List<String> heads, String literal, List<String> tails) {
			List<String> out = new ArrayList<>(heads.size() * tails.size());
			for (String head : heads) {
				for (String tail : tails) {
					out.add(head + literal + tail);
				}
			}
			if (out.size() > MAX_EXPANSIONS) {
				throw new IllegalArgumentException("Phrase has too many variants: " + this.phrase);
			}
			return out;
		}

	}

}
