package uk.secondopinion.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The trainer behind a signed-in session: who they are, for ownership checks and for
 * greeting them by name.
 */
public class SignedInTrainer extends User {

	private static final long serialVersionUID = 1L;

	private final long id;

	private final String displayName;

	public SignedInTrainer(long id, String username, String displayName, String passwordHash) {
		super(username, passwordHash, List.of(new SimpleGrantedAuthority("ROLE_TRAINER")));
		this.id = id;
		this.displayName = displayName;
	}

	static SignedInTrainer of(Trainer trainer) {
		return new SignedInTrainer(trainer.getId(), trainer.getUsername(), trainer.getDisplayName(),
				trainer.getPasswordHash());
	}

	public long getId() {
		return this.id;
	}

	public String getDisplayName() {
		return this.displayName;
	}

}
