package uk.secondopinion.engine;

import java.util.Objects;

/**
 * Where a draft goes: the platform, who can read it, and whether the account shows the
 * author's name.
 */
public record PostContext(Platform platform, Audience audience, boolean namedAccount) {

	/** The context assumed when a caller gives none: a public post on a named account. */
	public static final PostContext DEFAULT = new PostContext(Platform.OTHER, Audience.PUBLIC, true);

	public PostContext {
		Objects.requireNonNull(platform, "platform");
		Objects.requireNonNull(audience, "audience");
	}

}
