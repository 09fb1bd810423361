package uk.secondopinion.engine.rules;

import java.util.List;
import java.util.Set;

/**
 * When a matching rule fires: a match of any {@code match} concept (which gives the
 * flagged passage) that no {@code unless} modifier applies to, with every {@code all}
 * concept, at least one {@code any} concept (if listed) and no {@code none} concept in
 * the same scope, in a posting context the rule applies to.
 */
public record Condition(List<String> match, List<String> all, List<String> any, List<String> none, Scope scope,
		Set<Modifier> unless, ContextCondition context) {

}
