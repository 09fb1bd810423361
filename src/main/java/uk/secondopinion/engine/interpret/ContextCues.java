package uk.secondopinion.engine.interpret;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import uk.secondopinion.engine.recognise.Hit;
import uk.secondopinion.engine.rules.Modifier;
import uk.secondopinion.engine.rules.RuleSetLoader;
import uk.secondopinion.engine.text.AnalysedText;
import uk.secondopinion.engine.text.Span;

/**
 * Decides whether a modifier applies to a hit, from the cue concepts found around it: a
 * negation a few words before it in its clause or a refusal after it in its sentence; a
 * hypothetical or question earlier in its clause; quotation marks; a reporting verb
 * earlier in its sentence, unless the author speaks again in between.
 */
public final class ContextCues {

	/** How many words a negation may come before what it negates. */
	private static final int NEGATION_WINDOW = 6;

	/**
	 * Cues, besides negation, that take back whatever a sentence holding one of them
	 * says.
	 */
	private static final List<String> SENTENCE_CUES = List.of(RuleSetLoader.REFUSAL_CONCEPT,
			RuleSetLoader.HYPOTHETICAL_CONCEPT);

	private final AnalysedText text;

	private final Hits hits;

	/**
	 * The negation cues, less those inside a set phrase that does not negate ("not gonna
	 * lie", "couldn't resist").
	 */
	private final List<Hit> negations;

	public ContextCues(AnalysedText text, Hits hits) {
		this.text = text;
		this.hits = hits;
		this.negations = outside(hits.of(RuleSetLoader.NEGATION_CONCEPT), hits.of(RuleSetLoader.NOT_NEGATING_CONCEPT));
	}

	/**
	 * The hits not inside any of {@code phrases}, both in text order: one pass over each,
	 * keeping the furthest end of the phrases started so far.
	 */
	private static List<Hit> outside(List<Hit> hits, List<Hit> phrases) {
		if (phrases.isEmpty()) {
			return hits;
		}
		List<Hit> outside = new ArrayList<>(hits.size());
		int next = 0;
		int furthestEnd = -1;
		for (Hit hit : hits) {
			while (next < phrases.size() && phrases.get(next).start() <= hit.start()) {
				furthestEnd = Math.max(furthestEnd, phrases.get(next++).end());
			}
			if (furthestEnd < hit.end()) {
				outside.add(hit);
			}
		}
		return outside;
	}

	boolean applies(Modifier modifier, Hit hit) {
		return switch (modifier) {
			case NEGATED -> isNegated(hit);
			case HYPOTHETICAL -> cueEarlierInClause(RuleSetLoader.HYPOTHETICAL_CONCEPT, hit)
					|| cueEarlierInPost(RuleSetLoader.SCENARIO_CONCEPT, hit.start());
			case QUOTED -> this.text.isQuoted(hit.start(), hit.end());
			case REPORTED -> isReported(hit.start());
		};
	}

	/**
	 * Whether a cue takes back what a whole sentence says, for findings that flag a
	 * sentence rather than a hit (the learned layer's, which read words, not grammar): a
	 * negation, refusal or hypothetical in it, a teaching scenario set up before it,
	 * words reported to its end (so not where the author speaks again after them), a
	 * quotation in it, or one of {@code clearing}, concepts that clear the category
	 * ("drunk patients" does misconduct); and, if {@code refusalMayFollow}, a refusal in
	 * the next sentence ("A patient sent me a friend request. I declined.").
	 */
	public boolean hedges(Span sentence, Set<String> clearing, boolean refusalMayFollow) {
		if (Hits.anyIn(this.negations, sentence.start(), sentence.end()) || holdsAny(sentence, SENTENCE_CUES)
				|| holdsAny(sentence, clearing)) {
			return true;
		}
		if (cueEarlierInPost(RuleSetLoader.SCENARIO_CONCEPT, sentence.end()) || isReported(sentence.end() - 1)) {
			return true;
		}
		if (refusalMayFollow && refusalFollows(this.text.sentenceAt(sentence.start()), sentence.end())) {
			return true;
		}
		for (int offset = sentence.start(); offset < sentence.end(); offset++) {
			if (this.text.isQuoted(offset)) {
				return true;
			}
		}
		return false;
	}

	/** Whether one of {@code concepts} was found in {@code span}. */
	public boolean holdsAny(Span span, Collection<String> concepts) {
		return concepts.stream().anyMatch((concept) -> this.hits.anyIn(concept, span.start(), span.end()));
	}

	// Hits come in text order and clauses and sentences follow it, so each look below
	// goes straight to the cues that could apply rather than through all of them.

	private boolean isNegated(Hit hit) {
		int clause = this.text.clauseAt(hit.start());
		int hitToken = this.text.tokenIndexAt(hit.start());
		// a cue in the hit's clause starts at or after the clause's start
		for (int i = Hits.firstFrom(this.negations, this.text.clauseStart(clause)); i < this.negations.size(); i++) {
			Hit cue = this.negations.get(i);
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
		return refusalFollows(this.text.sentenceAt(hit.start()), hit.end());
	}

	private boolean refusalFollows(int sentence, int offset) {
		return cueFollows(RuleSetLoader.REFUSAL_CONCEPT, sentence, offset);
	}

	/**
	 * Whether a cue of {@code cueConcept} starts at or after {@code offset}, in
	 * {@code sentence} or the next. The first cue after the offset is in the nearest
	 * sentence of any.
	 */
	private boolean cueFollows(String cueConcept, int sentence, int offset) {
		List<Hit> cues = this.hits.of(cueConcept);
		int next = Hits.firstFrom(cues, offset);
		return next < cues.size() && this.text.sentenceAt(cues.get(next).start()) <= sentence + 1;
	}

	private boolean cueEarlierInPost(String cueConcept, int offset) {
		List<Hit> cues = this.hits.of(cueConcept);
		return !cues.isEmpty() && cues.get(0).start() < offset;
	}

	/** The last cue starting before the hit is the one in the latest clause. */
	private boolean cueEarlierInClause(String cueConcept, Hit hit) {
		Hit cue = lastBefore(cueConcept, hit.start());
		return cue != null && this.text.clauseAt(cue.start()) == this.text.clauseAt(hit.start());
	}

	/**
	 * Someone else's words run from a reporting cue to the end of its sentence, unless
	 * the author takes over between the cue and the offset: "she told me she was lonely,
	 * so I added her" reports her loneliness, not the friending. A quotation is also
	 * someone else's words when a reporting cue follows it in its sentence or the next:
	 * "'I know where you live, doc.' Said to me tonight by a man I was trying to help."
	 */
	private boolean isReported(int offset) {
		Hit cue = lastBefore(RuleSetLoader.REPORTING_CONCEPT, offset);
		if (cue != null && this.text.sentenceAt(cue.start()) == this.text.sentenceAt(offset)) {
			Hit ownVoice = lastBefore(RuleSetLoader.OWN_VOICE_CONCEPT, offset);
			if (ownVoice == null || ownVoice.start() < cue.end()) {
				return true;
			}
		}
		return this.text.isQuoted(offset)
				&& cueFollows(RuleSetLoader.REPORTING_CONCEPT, this.text.sentenceAt(offset), offset);
	}

	private Hit lastBefore(String cueConcept, int offset) {
		List<Hit> cues = this.hits.of(cueConcept);
		int first = Hits.firstFrom(cues, offset);
		return (first > 0) ? cues.get(first - 1) : null;
	}

}
