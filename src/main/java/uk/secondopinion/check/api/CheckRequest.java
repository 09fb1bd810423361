package uk.secondopinion.check.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** A draft to check, and where it will be posted. */
@Schema(description = "A draft to check, and where it will be posted")
public record CheckRequest(
		@Schema(description = "The draft exactly as it will be posted (up to 20,000 characters)",
				requiredMode = Schema.RequiredMode.REQUIRED,
				example = "Fascinating case on the ward today: 34F, bay 3, with a rare vasculitis!") String text,
		@Schema(description = "Where the draft goes; if left out, a public post on a named account on another platform") Context context) {

	/** Says how long the draft is, never what it says, in case a request is logged. */
	@Override
	public String toString() {
		return "CheckRequest[text=" + ((this.text != null) ? this.text.length() + " characters" : "none") + ", context="
				+ this.context + "]";
	}

	/** Where a draft goes; any part left out takes its default. */
	@Schema(description = "Where the draft goes")
	public record Context(
			@Schema(description = "twitter, facebook, instagram, linkedin, forum, blog or other",
					defaultValue = "other", example = "twitter") String platform,
			@Schema(description = "public (anyone can read it) or restricted (friends only, a closed group, a doctors-only forum)",
					defaultValue = "public", example = "public") String audience,
			@Schema(description = "Whether the account shows the author's real name", defaultValue = "true",
					example = "false") Boolean namedAccount) {

	}

}
