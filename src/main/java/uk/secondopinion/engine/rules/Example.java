package uk.secondopinion.engine.rules;

import uk.secondopinion.engine.PostContext;

/**
 * One of a rule's own examples: a draft that must raise the rule, with the passage it
 * must flag ({@code [[…]]} in the rule file), or a draft that must not.
 */
public record Example(String text, PostContext context, boolean flagged, int start, int end) {

}
