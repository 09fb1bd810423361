package uk.secondopinion.engine.interpret;

import uk.secondopinion.engine.recognise.Hit;
import uk.secondopinion.engine.rules.Modifier;
import uk.secondopinion.engine.text.AnalysedText;

/**
 * Decides whether a modifier applies to a hit, from the cue concepts found around it: a
 * negation a few words before it in its clause or a refusal after it in its sentence; a
 * hypothetical or question earlier in its clause; quotation marks; a reporting verb
 * earlier in its sentence.
 */
final class ContextCues {

	/** How many words a negation may come before what it negates. */
	private static final int NEGATION_WINDOW = 6;

	private final AnalysedText text;

	private final Hits hits;

	ContextCues(AnalysedText text, Hits hits) {
		this.text = text;
		this.hits = hits;
	}

	boolean applies(Modifier modifier, Hit hit) {
		return switch (modifier) {
			case NEGATED -> isNegated(hit);
			case HYPOTHETICAL -> cueEarlierInClause("cue-hypothetical", hit) || cueEarlierInPost("cue-scenario", hit);
			case QUOTED -> this.text.isQuoted(hit.start());
			case REPORTED -> cueEarlierInSentence("cue-reporting", hit);
		};
	}

	private boolean isNegated(Hit hit) {
		int clause = this.text.clauseAt(hit.start());
		int hitToken = this.text.tokenIndexAt(hit.start());
		for (Hit cue : this.hits.of("cue-negation")) {
			if (cue.start() >= hit.start()) {
				break;
			}
			if (cue.end() <= hit.start() + 1 && this.text.clauseAt(cue.start()) == clause
					&& hitToken - this.text.tokenIndexAt(cue.end() - 1) <= NEGATION_WINDOW) {
				return true;
			}
		}
		// a refusal may follow in the next sentence: "A patient asked to add me. I always
		// say no."
		int sentence = this.text.sentenceAt(hit.start());
		for (Hit cue : this.hits.of("cue-refusal")) {
			int cueSentence = this.text.sentenceAt(cue.start());
			if (cue.start() >= hit.end() && (cueSentence == sentence || cueSentence == sentence + 1)) {
				return true;
			}
		}
		return false;
	}

	private boolean cueEarlierInPost(String cueConcept, Hit hit) {
		return this.hits.of(cueConcept).stream().anyMatch((cue) -> cue.start() < hit.start());
	}

	private boolean cueEarlierInClause(String cueConcept, Hit hit) {
		int clause = this.text.clauseAt(hit.start());
		for (Hit cue : this.hits.of(cueConcept)) {
			if (cue.start() >= hit.start()) {
				break;
			}
			if (this.text.clauseAt(cue.start()) == clause) {
				return true;
			}
		}
		return false;
	}

	private boolean cueEarlierInSentence(String cueConcept, Hit hit) {
		int sentence = this.text.sentenceAt(hit.start());
		for (Hit cue : this.hits.of(cueConcept)) {
			if (cue.start() >= hit.start()) {
				break;
			}
			if (this.text.sentenceAt(cue.start()) == sentence) {
				return true;
			}
		}
		return false;
	}

}
