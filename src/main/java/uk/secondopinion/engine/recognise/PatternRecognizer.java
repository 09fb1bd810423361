package uk.secondopinion.engine.recognise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import org.ahocorasick.trie.PayloadTrie;

import uk.secondopinion.engine.rules.Concept;
import uk.secondopinion.engine.rules.PatternSpec;
import uk.secondopinion.engine.text.AnalysedText;
import uk.secondopinion.engine.text.NormalizedText;
import uk.secondopinion.engine.text.Span;

/**
 * Finds the patterns of every concept with RE2/J, whose matching time grows linearly with
 * the text whatever the pattern, and keeps matches that pass the pattern's validator.
 * <p>
 * Running every pattern over every draft is most of the engine's time, though most
 * patterns cannot match most drafts. So each pattern's {@link RequiredLiterals} are
 * looked for first, all in one Aho–Corasick pass, and a pattern runs only on a draft that
 * holds one of the strings of each of its clauses: the same hits, far fewer searches.
 */
public final class PatternRecognizer implements Recognizer {

	private record CompiledPattern(String concept, Pattern pattern, int group, Validator validator, int clauses) {

	}

	/** A clause of a pattern that a literal satisfies. */
	private record Requirement(int pattern, int clause) {

	}

	private final List<CompiledPattern> patterns = new ArrayList<>();

	private final PayloadTrie<List<Requirement>> literals;

	public PatternRecognizer(List<Concept> concepts) {
		Map<String, List<Requirement>> byLiteral = new LinkedHashMap<>();
		for (Concept concept : concepts) {
			for (PatternSpec spec : concept.patterns()) {
				Pattern pattern = Pattern.compile(spec.regex());
				if (spec.group() > pattern.groupCount()) {
					throw new IllegalArgumentException(
							"Concept " + concept.id() + " names group " + spec.group() + " of " + spec.regex());
				}
				List<Set<String>> clauses = RequiredLiterals.of(spec.regex());
				int index = this.patterns.size();
				for (int clause = 0; clause < clauses.size() && clause < Long.SIZE; clause++) {
					for (String literal : clauses.get(clause)) {
						byLiteral.computeIfAbsent(literal, (key) -> new ArrayList<>(1))
							.add(new Requirement(index, clause));
					}
				}
				this.patterns.add(new CompiledPattern(concept.id(), pattern, spec.group(),
						Validator.named(spec.validator()), Math.min(clauses.size(), Long.SIZE)));
			}
		}
		PayloadTrie.PayloadTrieBuilder<List<Requirement>> builder = PayloadTrie.builder();
		byLiteral.forEach(builder::addKeyword);
		this.literals = builder.build();
	}

	/** Which clauses of each pattern the text satisfies, one bit per clause. */
	private long[] satisfiedClauses(String text) {
		long[] satisfied = new long[this.patterns.size()];
		this.literals.parseText(text, (emit) -> {
			for (Requirement requirement : emit.getPayload()) {
				satisfied[requirement.pattern()] |= 1L << requirement.clause();
			}
			return true;
		});
		return satisfied;
	}

	private static boolean allSatisfied(long satisfied, int clauses) {
		return clauses == 0 || satisfied == ((clauses == Long.SIZE) ? -1L : (1L << clauses) - 1);
	}

	@Override
	public void recognise(AnalysedText analysed, List<Hit> hits) {
		String text = analysed.text();
		NormalizedText normalized = analysed.normalized();
		long[] satisfied = satisfiedClauses(text);
		for (int index = 0; index < this.patterns.size(); index++) {
			CompiledPattern compiled = this.patterns.get(index);
			if (!allSatisfied(satisfied[index], compiled.clauses())) {
				continue;
			}
			Matcher matcher = compiled.pattern().matcher(text);
			while (matcher.find()) {
				int start = matcher.start(compiled.group());
				int end = matcher.end(compiled.group());
				if (start < 0 || end <= start) {
					continue;
				}
				int kept = compiled.validator().accept(text.substring(start, end), originalOf(normalized, start, end));
				if (kept > 0) {
					hits.add(new Hit(compiled.concept(), start, start + kept, null));
				}
			}
		}
	}

	private static String originalOf(NormalizedText normalized, int start, int end) {
		Span span = normalized.toOriginal(start, end);
		return normalized.original().substring(span.start(), span.end());
	}

}
