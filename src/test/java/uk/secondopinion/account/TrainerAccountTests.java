package uk.secondopinion.account;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class TrainerAccountTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TrainerAccounts accounts;

	@Autowired
	private AddTrainerCommand command;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void passwordsAreStoredOnlyAsModernHashes() {
		SignedInTrainer trainer = TestTrainers.add(this.accounts, "Dr Hash");
		String stored = this.jdbc.queryForObject("select password_hash from trainers where id = ?", String.class,
				trainer.getId());
		assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(TestTrainers.PASSWORD);
	}

	@Test
	void aTrainerSignsInWithTheFormAndAWrongPasswordIsRefused() throws Exception {
		SignedInTrainer trainer = TestTrainers.add(this.accounts, "Dr Form");
		this.mvc.perform(formLogin("/sign-in").user(trainer.getUsername()).password(TestTrainers.PASSWORD))
			.andExpect(authenticated().withUsername(trainer.getUsername()))
			.andExpect(redirectedUrl("/casebook"));
		this.mvc.perform(formLogin("/sign-in").user(trainer.getUsername()).password("not the password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/sign-in?error"));
	}

	@Test
	void afterAWrongPasswordTheSignInPageKeepsTheUsernameButNotThePassword() throws Exception {
		SignedInTrainer trainer = TestTrainers.add(this.accounts, "Dr Mistyped");
		MvcResult refused = this.mvc.perform(signIn(trainer.getUsername(), "caps lock was on", "192.0.2.14"))
			.andExpect(redirectedUrl("/sign-in?error"))
			.andReturn();
		this.mvc
			.perform(get("/sign-in").param("error", "")
				.session((MockHttpSession) refused.getRequest().getSession(false)))
			.andExpect(content().string(containsString("Enter a correct username and password")))
			.andExpect(content().string(containsString("value=\"" + trainer.getUsername() + "\"")))
			.andExpect(content().string(not(containsString("caps lock was on"))));
		// the address carries no username: it stays out of history and access logs
		assertThat(refused.getResponse().getRedirectedUrl()).doesNotContain(trainer.getUsername());
	}

	/** Sent from this network address, so each test has an allowance of its own. */
	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** The sign-in form as a browser at this network address posts it. */
	private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
		return post("/sign-in").with(csrf())
			.with(from(address))
			.param("username", username)
			.param("password", password);
	}

	@Test
	void theEleventhWrongPasswordInAMinuteFromOneAddressIsRefusedWithRetryAfter() throws Exception {
		SignedInTrainer trainer = TestTrainers.add(this.accounts, "Dr Guessed");
		for (int i = 1; i <= 10; i++) {
			this.mvc.perform(signIn(trainer.getUsername(), "guess number " + i, "192.0.2.11"))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/sign-in?error"));
		}
		// refused before the password is checked, so even the right one is refused
		this.mvc.perform(signIn(trainer.getUsername(), TestTrainers.PASSWORD, "192.0.2.11"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", matchesPattern("[1-6]")))
			.andExpect(forwardedUrl("/sign-in"))
			.andExpect(unauthenticated());
		// another address is not held back
		this.mvc.perform(signIn(trainer.getUsername(), TestTrainers.PASSWORD, "192.0.2.12"))
			.andExpect(authenticated().withUsername(trainer.getUsername()));
	}

	@Test
	void trainersSigningInFromOneHospitalAddressAreNotHeldBackByTheirTypingMistakes() throws Exception {
		SignedInTrainer first = TestTrainers.add(this.accounts, "Dr Early");
		SignedInTrainer second = TestTrainers.add(this.accounts, "Dr Late");
		// a morning of sign-ins, a wrong password now and then: only the mistakes count
		for (int i = 0; i < 9; i++) {
			this.mvc.perform(signIn(second.getUsername(), "caps lock was on", "192.0.2.13"))
				.andExpect(unauthenticated());
			for (SignedInTrainer trainer : new SignedInTrainer[] { first, second }) {
				this.mvc.perform(signIn(trainer.getUsername(), TestTrainers.PASSWORD, "192.0.2.13"))
					.andExpect(authenticated().withUsername(trainer.getUsername()))
					.andExpect(redirectedUrl("/casebook"));
			}
		}
	}

	@Test
	void signingInNeedsTheFormsCsrfToken() throws Exception {
		SignedInTrainer trainer = TestTrainers.add(this.accounts, "Dr Csrf");
		this.mvc
			.perform(post("/sign-in").param("username", trainer.getUsername()).param("password", TestTrainers.PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void theSignInPageExplainsWhoNeedsAnAccount() throws Exception {
		this.mvc.perform(get("/sign-in"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You do not need an account to check a draft")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		this.mvc.perform(get("/sign-in").param("error", ""))
			.andExpect(content().string(containsString("Enter a correct username and password")));
	}

	@Test
	void doctorsNeverNeedAnAccount() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isOk());
		this.mvc.perform(get("/casebook")).andExpect(status().isOk());
		this.mvc.perform(get("/guidance")).andExpect(status().isOk());
		this.mvc.perform(get("/join")).andExpect(status().isOk());
		this.mvc.perform(get("/quiz")).andExpect(redirectedUrl("/sign-in"));
		this.mvc.perform(get("/insights")).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void newAccountsNeedAUsableNameAndALongEnoughPassword() {
		String taken = TestTrainers.add(this.accounts, "Dr Taken").getUsername();
		assertThat(this.accounts.problems("x", "", "short")).containsOnlyKeys("username", "displayName", "password");
		assertThat(this.accounts.problems(taken.toUpperCase(), "Someone", TestTrainers.PASSWORD))
			.containsEntry("username", "That username is taken: choose another");
		assertThat(this.accounts.problems("fine.name@example.org", "Someone", "é".repeat(40))).containsKey("password");
	}

	@Test
	void aSignedInTrainerChangesTheirPasswordOnlyWithTheCurrentOne() throws Exception {
		SignedInTrainer trainer = TestTrainers.add(this.accounts, "Dr Change");
		this.mvc
			.perform(post("/account/password").with(user(trainer))
				.with(csrf())
				.param("currentPassword", "wrong password here")
				.param("newPassword", "another long passphrase"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter your current password correctly")));
		this.mvc
			.perform(post("/account/password").with(user(trainer))
				.with(csrf())
				.param("currentPassword", TestTrainers.PASSWORD)
				.param("newPassword", "another long passphrase"))
			.andExpect(redirectedUrl("/account"));
		this.mvc.perform(formLogin("/sign-in").user(trainer.getUsername()).password("another long passphrase"))
			.andExpect(authenticated());
	}

	@Test
	void aSignedInTrainerAddsAColleague() throws Exception {
		SignedInTrainer trainer = TestTrainers.add(this.accounts, "Dr Host");
		String colleague = "colleague-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/account/trainers/new").with(user(trainer))
				.with(csrf())
				.param("username", colleague)
				.param("displayName", "Dr Colleague")
				.param("password", "a first long password"))
			.andExpect(redirectedUrl("/account"));
		this.mvc.perform(formLogin("/sign-in").user(colleague).password("a first long password"))
			.andExpect(authenticated().withUsername(colleague));
		this.mvc
			.perform(post("/account/trainers/new").with(csrf())
				.param("username", "intruder")
				.param("displayName", "Intruder")
				.param("password", "a first long password"))
			.andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void theFirstTrainerIsAddedFromTheCommandLine() {
		String username = "first-" + UUID.randomUUID().toString().substring(0, 8);
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		int status = this.command.addTrainer(
				new DefaultApplicationArguments("--add-trainer=" + username, "--trainer-name=Dr First"),
				() -> TestTrainers.PASSWORD, new PrintStream(output, true, StandardCharsets.UTF_8));
		assertThat(status).isZero();
		assertThat(output.toString(StandardCharsets.UTF_8)).contains("Added trainer " + username + " (Dr First)");
		assertThat(((SignedInTrainer) this.accounts.loadUserByUsername(username)).getDisplayName())
			.isEqualTo("Dr First");
	}

	@Test
	void theCommandLineRefusesAMissingOrWeakPassword() {
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
		assertThat(
				this.command.addTrainer(new DefaultApplicationArguments("--add-trainer=nopassword"), () -> null, out))
			.isEqualTo(1);
		assertThat(this.command.addTrainer(new DefaultApplicationArguments("--add-trainer=weakpassword"), () -> "short",
				out))
			.isEqualTo(1);
		assertThat(output.toString(StandardCharsets.UTF_8)).contains("no password").contains("at least 12 characters");
	}

}
