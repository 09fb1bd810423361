package uk.secondopinion.engine;

import java.util.Arrays;
import java.util.Optional;

/** Who can read a post. */
public enum Audience {

	PUBLIC("public", "Public: anyone can read it"),
	RESTRICTED("restricted", "Restricted: friends only, a closed group or a doctors-only forum");

	private final String code;

	private final String label;

	Audience(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	public static Optional<Audience> fromCode(String code) {
		return Arrays.stream(values()).filter((a) -> a.code.equalsIgnoreCase(code)).findFirst();
	}

}
