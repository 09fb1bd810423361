package uk.secondopinion.engine;

import java.util.Arrays;
import java.util.Optional;

/** Where a draft will be posted, with the codes the API uses. */
public enum Platform {

	TWITTER("twitter", "Twitter/X", 280), FACEBOOK("facebook", "Facebook", 63_206),
	INSTAGRAM("instagram", "Instagram", 2_200), LINKEDIN("linkedin", "LinkedIn", 3_000),
	FORUM("forum", "Forum", 20_000), BLOG("blog", "Blog", 20_000), OTHER("other", "Other", 20_000);

	private final String code;

	private final String label;

	private final int characterLimit;

	Platform(String code, String label, int characterLimit) {
		this.code = code;
		this.label = label;
		this.characterLimit = characterLimit;
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	/** The longest post the platform accepts (capped at what the checker accepts). */
	public int characterLimit() {
		return this.characterLimit;
	}

	public static Optional<Platform> fromCode(String code) {
		return Arrays.stream(values()).filter((p) -> p.code.equalsIgnoreCase(code)).findFirst();
	}

}
