package uk.secondopinion.quiz;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Short codes trainees type to join a quiz: six characters from an alphabet without the
 * look-alikes 0/O and 1/I, so they are easy to read off a projector.
 */
final class JoinCodes {

	static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	static final int LENGTH = 6;

	private static final SecureRandom random = new SecureRandom();

	private JoinCodes() {
	}

	static String next() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** A code as typed (any case, spaces or hyphens) in the form it is stored. */
	static String normalise(String typed) {
		return (typed != null) ? typed.replaceAll("[\\s-]", "").toUpperCase(Locale.UK) : "";
	}

}
