package uk.secondopinion.engine.interpret;

import java.util.List;

import uk.secondopinion.engine.recognise.Hit;
import uk.secondopinion.engine.rules.Modifier;
import uk.secondopinion.engine.rules.RuleSetLoader;
import uk.secondopinion.engine.text.AnalysedText;

/**
 * Decides whether a modifier applies to a hit, from the cue concepts found around it: a
 * negation a few words before it in its clause or a refusal after it in its sentence; a
 * hypothetical or question earlier in its clause; quotation marks; a reporting verb
 * earlier in its sentence, unless the author speaks again in between.
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
			case REPORTED -> isReported(hit);
		};
	}

	// Hits come in text order and clauses and sentences follow it, so each look below
	// goes straight to the cues that could apply rather than through all of them.

	private boolean isNegated(Hit hit) {
		int clause = this.text.clauseAt(hit.start());
		int hitToken = this.text.tokenIndexAt(hit.start());
		List<Hit> negations = this.hits.of("cue-negation");
		// a cue in the hit's clause starts at or after the clause's start
		for (int i = Hits.firstFrom(negations, this.text.clauseStart(clause)); i < negations.size(); i++) {
			Hit cue = negations.get(i);
			if (cue.start() >= hit.start()) {
				break;
			}
			if (cue.end() <= hit.start() + 1 && this.text.clauseAt(cue.start()) == clause
					&& hitToken - this.text.tokenIndexAt(cue.end() - 1) <= NEGATION_WINDOW) {
				return true;
			}
		}
		// a refusal may follow in the next sentence: "A patient asked to add me. I always
		// say no." The first cue after the hit is in the nearest sentence of any.
		int sentence = this.text.sentenceAt(hit.start());
		List<Hit> refusals = this.hits.of("cue-refusal");
		int next = Hits.firstFrom(refusals, hit.end());
		return next < refusals.size() && this.text.sentenceAt(refusals.get(next).start()) <= sentence + 1;
	}

	private boolean cueEarlierInPost(String cueConcept, Hit hit) {
		List<Hit> cues = this.hits.of(cueConcept);
		return !cues.isEmpty() && cues.get(0).start() < hit.start();
	}

	/** The last cue starting before the hit is the one in the latest clause. */
	private boolean cueEarlierInClause(String cueConcept, Hit hit) {
		Hit cue = lastBefore(cueConcept, hit.start());
		return cue != null && this.text.clauseAt(cue.start()) == this.text.clauseAt(hit.start());
	}

	/**
	 * Someone else's words run from a reporting cue to the end of its sentence, unless
	 * the author takes over between the cue and the hit: "she told me she was lonely, so
	 * I added her" reports her loneliness, not the friending.
	 */
	private boolean isReported(Hit hit) {
		Hit cue = lastBefore("cue-reporting", hit.start());
		if (cue == null || this.text.sentenceAt(cue.start()) != this.text.sentenceAt(hit.start())) {
			return false;
		}
		Hit ownVoice = lastBefore(RuleSetLoader.OWN_VOICE_CONCEPT, hit.start());
		return ownVoice == null || ownVoice.start() < cue.end();
	}

	private Hit lastBefore(String cueConcept, int offset) {
		List<Hit> cues = this.hits.of(cueConcept);
		int first = Hits.firstFrom(cues, offset);
		return (first > 0) ? cues.get(first - 1) : null;
	}

}
