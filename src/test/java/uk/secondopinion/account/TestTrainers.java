package uk.secondopinion.account;

import java.util.UUID;

/**
 * Trainer accounts for tests, each with a fresh username so tests sharing a database
 * never collide.
 */
public final class TestTrainers {

	public static final String PASSWORD = "correct horse battery staple";

	private TestTrainers() {
	}

	/** Adds a trainer and returns them as they would be once signed in. */
	public static SignedInTrainer add(TrainerAccounts accounts, String name) {
		String username = name.toLowerCase(java.util.Locale.UK).replaceAll("[^a-z]", "") + "-"
				+ UUID.randomUUID().toString().substring(0, 8);
		accounts.add(username, name, PASSWORD);
		return (SignedInTrainer) accounts.loadUserByUsername(username);
	}

}
