package uk.secondopinion.engine.rules;

/** Where a rule looks for the concepts that must (or must not) accompany its match. */
public enum Scope {

	/** The sentence holding the match. */
	SENTENCE,
	/** The sentence holding the match and the sentences either side of it. */
	NEARBY,
	/** The whole draft. */
	POST

}
