package uk.secondopinion.engine.rules;

import java.util.Set;

import uk.secondopinion.engine.Audience;
import uk.secondopinion.engine.Platform;
import uk.secondopinion.engine.PostContext;

/** The posting contexts in which a rule applies; an empty set or null means any. */
public record ContextCondition(Set<Audience> audience, Boolean namedAccount, Set<Platform> platform) {

	public static final ContextCondition ANY = new ContextCondition(Set.of(), null, Set.of());

	public boolean matches(PostContext context) {
		return (this.audience.isEmpty() || this.audience.contains(context.audience()))
				&& (this.namedAccount == null || this.namedAccount == context.namedAccount())
				&& (this.platform.isEmpty() || this.platform.contains(context.platform()));
	}

}
