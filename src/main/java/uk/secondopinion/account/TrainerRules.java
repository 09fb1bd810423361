package uk.secondopinion.account;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a trainer's username, name and password must be, with messages that say what to
 * fix. Passwords follow the NCSC's advice: length matters, composition rules do not.
 */
public final class TrainerRules {

	static final int MIN_PASSWORD = 12;

	/** BCrypt reads at most 72 bytes, so longer passwords are refused rather than cut. */
	static final int MAX_PASSWORD_BYTES = 72;

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,59}");

	private TrainerRules() {
	}

	/** Usernames are compared in lower case, without surrounding spaces. */
	public static String normaliseUsername(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.UK) : "";
	}

	/** Problems with a new account, by field name; empty if none. */
	public static Map<String, String> problems(String username, String displayName, String password) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (!USERNAME.matcher(normaliseUsername(username)).matches()) {
			problems.put("username",
					"Enter a username of 3 to 60 letters, numbers, dots, hyphens, underscores or @, such as an email address");
		}
		if (displayName == null || displayName.isBlank()) {
			problems.put("displayName", "Enter the trainer's name, as trainees will see it");
		}
		else if (displayName.strip().length() > 100) {
			problems.put("displayName", "Enter a name of up to 100 characters");
		}
		passwordProblem(password).ifPresent((message) -> problems.put("password", message));
		return problems;
	}

	static Optional<String> passwordProblem(String password) {
		if (password == null || password.length() < MIN_PASSWORD) {
			return Optional.of("Enter a password of at least " + MIN_PASSWORD
					+ " characters. Three random words make a strong one");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			return Optional.of("Enter a password of up to " + MAX_PASSWORD_BYTES
					+ " bytes (about 70 letters, fewer with accents or symbols)");
		}
		return Optional.empty();
	}

}
