package uk.secondopinion.engine.recognise;

import java.util.ArrayList;
import java.util.List;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

import uk.secondopinion.engine.rules.Concept;
import uk.secondopinion.engine.rules.PatternSpec;
import uk.secondopinion.engine.text.AnalysedText;
import uk.secondopinion.engine.text.NormalizedText;
import uk.secondopinion.engine.text.Span;

/**
 * Finds the patterns of every concept with RE2/J, whose matching time grows linearly with
 * the text whatever the pattern, and keeps matches that pass the pattern's validator.
 */
public final class PatternRecognizer implements Recognizer {

	private record CompiledPattern(String concept, Pattern pattern, int group, Validator validator) {

	}

	private final List<CompiledPattern> patterns = new ArrayList<>();

	public PatternRecognizer(List<Concept> concepts) {
		for (Concept concept : concepts) {
			for (PatternSpec spec : concept.patterns()) {
				Pattern pattern = Pattern.compile(spec.regex());
				if (spec.group() > pattern.groupCount()) {
					throw new IllegalArgumentException(
							"Concept " + concept.id() + " names group " + spec.group() + " of " + spec.regex());
				}
				this.patterns
					.add(new CompiledPattern(concept.id(), pattern, spec.group(), Validator.named(spec.validator())));
			}
		}
	}

	@Override
	public void recognise(AnalysedText analysed, List<Hit> hits) {
		String text = analysed.text();
		NormalizedText normalized = analysed.normalized();
		for (CompiledPattern compiled : this.patterns) {
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
