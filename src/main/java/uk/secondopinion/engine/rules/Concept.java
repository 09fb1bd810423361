package uk.secondopinion.engine.rules;

import java.util.List;

/**
 * One kind of thing a draft can mention, found by phrases (matched in one pass for all
 * concepts), patterns, or both. A {@code disguisable} concept is also found when its
 * words are starred, spaced or spelt with digits and symbols ("sh*t", "f.u.c.k",
 * "b0ll0cks").
 */
public record Concept(String id, String description, List<String> phrases, List<PatternSpec> patterns,
		boolean disguisable, List<String> find, List<String> ignore) {

}
