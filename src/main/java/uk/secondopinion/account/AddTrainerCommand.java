package uk.secondopinion.account;

import java.io.Console;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Adds a trainer from the command line, then stops: how the first trainer account is
 * made. <pre>
 * ./mvnw spring-boot:run -Dspring-boot.run.arguments="--add-trainer=alice --trainer-name='Dr Alice Okafor'"
 * </pre> The password is read from the console without echo or, where there is no
 * console, from the {@code TRAINER_PASSWORD} environment variable; it is never taken as
 * an argument, because arguments show up in process lists and shell history.
 */
@Component
class AddTrainerCommand implements ApplicationRunner {

	static final String OPTION = "add-trainer";

	static final String NAME_OPTION = "trainer-name";

	static final String PASSWORD_VARIABLE = "TRAINER_PASSWORD";

	private final TrainerAccounts accounts;

	private final ConfigurableApplicationContext context;

	AddTrainerCommand(TrainerAccounts accounts, ConfigurableApplicationContext context) {
		this.accounts = accounts;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption(OPTION)) {
			int status = addTrainer(args, AddTrainerCommand::readPassword, System.out);
			System.exit(SpringApplication.exit(this.context, () -> status));
		}
	}

	/** Adds the trainer the arguments name; 0 when added, 1 otherwise. */
	int addTrainer(ApplicationArguments args, Supplier<String> password, PrintStream out) {
		String username = single(args.getOptionValues(OPTION));
		String name = single(args.getOptionValues(NAME_OPTION));
		if (name == null) {
			name = username;
		}
		String secret = password.get();
		if (secret == null) {
			out.println("The trainer was not added: no password. Type it when asked, or set " + PASSWORD_VARIABLE
					+ " where there is no console.");
			return 1;
		}
		Map<String, String> problems = this.accounts.problems(username, name, secret);
		if (!problems.isEmpty()) {
			out.println("The trainer was not added:");
			problems.values().forEach((problem) -> out.println("  - " + problem));
			return 1;
		}
		Trainer trainer = this.accounts.add(username, name, secret);
		out.println("Added trainer " + trainer.getUsername() + " (" + trainer.getDisplayName()
				+ "). Start the app and sign in at /sign-in.");
		return 0;
	}

	private static String single(List<String> values) {
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	private static String readPassword() {
		Console console = System.console();
		if (console != null) {
			char[] first = console.readPassword("Password for the new trainer (at least %d characters): ",
					TrainerRules.MIN_PASSWORD);
			char[] again = console.readPassword("The same password again: ");
			if (first == null || again == null || !new String(first).equals(new String(again))) {
				console.printf("The two passwords did not match.%n");
				return null;
			}
			return new String(first);
		}
		return System.getenv(PASSWORD_VARIABLE);
	}

}
