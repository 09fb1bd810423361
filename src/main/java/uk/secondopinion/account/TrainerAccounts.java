package uk.secondopinion.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainer accounts: adding one, changing a password, and looking a trainer up when they
 * sign in. Passwords are stored only as hashes from the delegating encoder (BCrypt today;
 * its id prefix lets a stronger encoder take over later).
 */
@Service
public class TrainerAccounts implements UserDetailsService {

	private final TrainerRepository trainers;

	private final PasswordEncoder passwords;

	private final Clock clock;

	TrainerAccounts(TrainerRepository trainers, PasswordEncoder passwords, Clock clock) {
		this.trainers = trainers;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * Problems with a new account, by field name, including a username already taken;
	 * empty if none.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> problems(String username, String displayName, String password) {
		Map<String, String> problems = new LinkedHashMap<>(TrainerRules.problems(username, displayName, password));
		if (!problems.containsKey("username")
				&& this.trainers.existsByUsername(TrainerRules.normaliseUsername(username))) {
			problems.put("username", "That username is taken: choose another");
		}
		return problems;
	}

	/** Adds a trainer; the details must have no {@link #problems}. */
	@Transactional
	public Trainer add(String username, String displayName, String password) {
		Map<String, String> problems = problems(username, displayName, password);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("; ", problems.values()));
		}
		return this.trainers.save(new Trainer(TrainerRules.normaliseUsername(username), displayName.strip(),
				this.passwords.encode(password), this.clock.instant()));
	}

	/**
	 * Changes a trainer's password if the current one is right; the problem with the
	 * request otherwise, by field name.
	 */
	@Transactional
	public Map<String, String> changePassword(long trainerId, String currentPassword, String newPassword) {
		Trainer trainer = this.trainers.findById(trainerId).orElseThrow();
		Map<String, String> problems = new LinkedHashMap<>();
		if (currentPassword == null || !this.passwords.matches(currentPassword, trainer.getPasswordHash())) {
			problems.put("currentPassword", "Enter your current password correctly");
		}
		TrainerRules.passwordProblem(newPassword).ifPresent((message) -> problems.put("newPassword", message));
		if (problems.isEmpty()) {
			trainer.changePasswordHash(this.passwords.encode(newPassword));
		}
		return problems;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.trainers.findByUsername(TrainerRules.normaliseUsername(username))
			.map(SignedInTrainer::of)
			.orElseThrow(() -> new UsernameNotFoundException("No such trainer"));
	}

}
