package uk.secondopinion.engine.rules;

/**
 * How the words around a match change its meaning. A rule lists the modifiers under which
 * its match does not count ({@code unless}); the cue words for each are concepts in
 * {@code concepts/cues.yaml}.
 */
public enum Modifier {

	/**
	 * A negation comes shortly before the match in its clause ("I never accept …"), or a
	 * refusal follows it.
	 */
	NEGATED,
	/**
	 * The clause is a hypothetical or asks what to do ("if a patient …", "should I …").
	 */
	HYPOTHETICAL,
	/** The match is inside quotation marks. */
	QUOTED,
	/** Someone else's words are being reported ("she called me …"). */
	REPORTED

}
