package uk.secondopinion.quiz;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import uk.secondopinion.account.SignedInTrainer;
import uk.secondopinion.casebook.Casebook;
import uk.secondopinion.casebook.Scenario;
import uk.secondopinion.casebook.ScenarioFindings;

/**
 * The trainer's side of a room quiz: open a session, show it on the projector with its
 * join code, QR code and the room's votes as they come in, reveal the engine's findings,
 * move on, close, and download the results.
 */
@Controller
@RequestMapping("/quiz")
class QuizController {

	private final Quiz quiz;

	private final Casebook casebook;

	QuizController(Quiz quiz, Casebook casebook) {
		this.quiz = quiz;
		this.casebook = casebook;
	}

	@InitBinder("newQuiz")
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("title", "scenarioIds");
	}

	@GetMapping
	String list(@AuthenticationPrincipal SignedInTrainer trainer, Model model) {
		return showList(new NewQuiz(), trainer, model);
	}

	@PostMapping
	String open(@ModelAttribute("newQuiz") NewQuiz form, BindingResult result,
			@AuthenticationPrincipal SignedInTrainer trainer, Model model) {
		this.quiz.problems(form.getTitle(), form.getScenarioIds())
			.forEach((field, message) -> result.rejectValue(field, "invalid", message));
		if (result.hasErrors()) {
			return showList(form, trainer, model);
		}
		QuizSession session = this.quiz.open(trainer.getId(), form.getTitle(), form.getScenarioIds());
		return "redirect:/quiz/" + session.getId();
	}

	@GetMapping("/{id}")
	String screen(@PathVariable long id, @AuthenticationPrincipal SignedInTrainer trainer, Model model) {
		QuizSession session = this.quiz.owned(id, trainer.getId());
		Scenario scenario = this.quiz.scenarios(session).get(session.getCurrentIndex());
		model.addAttribute("quiz", session);
		model.addAttribute("scenario", scenario);
		model.addAttribute("tally", this.quiz.tally(session, session.getCurrentIndex()));
		model.addAttribute("joinAddress", joinAddress(null));
		model.addAttribute("joinUrl", joinAddress(session.getJoinCode()));
		model.addAttribute("joinCodeWorking", this.quiz.isJoinCodeWorking(session));
		model.addAttribute("joinCodeLifetime", inWords(this.quiz.joinCodeLifetime()));
		if (session.getCurrentItem().isRevealed()) {
			model.addAttribute("findings", this.casebook.findings(scenario));
		}
		return "quiz/screen";
	}

	/**
	 * The tally alone, which the screen's script fetches every few seconds while votes
	 * come in.
	 */
	@GetMapping("/{id}/tally")
	String tally(@PathVariable long id, @AuthenticationPrincipal SignedInTrainer trainer, Model model) {
		QuizSession session = this.quiz.owned(id, trainer.getId());
		model.addAttribute("quiz", session);
		model.addAttribute("tally", this.quiz.tally(session, session.getCurrentIndex()));
		return "quiz/screen :: tally";
	}

	@PostMapping("/{id}/reveal")
	String reveal(@PathVariable long id, @AuthenticationPrincipal SignedInTrainer trainer) {
		this.quiz.reveal(id, trainer.getId());
		return "redirect:/quiz/" + id + "#findings";
	}

	@PostMapping("/{id}/next")
	String next(@PathVariable long id, @AuthenticationPrincipal SignedInTrainer trainer) {
		this.quiz.move(id, trainer.getId(), 1);
		return "redirect:/quiz/" + id;
	}

	@PostMapping("/{id}/previous")
	String previous(@PathVariable long id, @AuthenticationPrincipal SignedInTrainer trainer) {
		this.quiz.move(id, trainer.getId(), -1);
		return "redirect:/quiz/" + id;
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, @AuthenticationPrincipal SignedInTrainer trainer) {
		this.quiz.close(id, trainer.getId());
		return "redirect:/quiz/" + id;
	}

	@GetMapping(path = "/{id}/qr.svg", produces = "image/svg+xml")
	ResponseEntity<String> qrCode(@PathVariable long id, @AuthenticationPrincipal SignedInTrainer trainer) {
		QuizSession session = this.quiz.owned(id, trainer.getId());
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.body(QrCodes.svg(joinAddress(session.getJoinCode())));
	}

	@GetMapping("/{id}/results.csv")
	ResponseEntity<String> results(@PathVariable long id, @AuthenticationPrincipal SignedInTrainer trainer) {
		QuizSession session = this.quiz.owned(id, trainer.getId());
		List<Scenario> scenarios = this.quiz.scenarios(session);
		List<ScenarioFindings> checker = new ArrayList<>();
		scenarios.forEach((scenario) -> checker.add(this.casebook.findings(scenario)));
		String csv = QuizResultsCsv.write(session, scenarios, checker, this.quiz.votes(session));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("quiz-" + session.getJoinCode() + "-results.csv")
						.build()
						.toString())
			.body(csv);
	}

	private String showList(NewQuiz form, SignedInTrainer trainer, Model model) {
		model.addAttribute("newQuiz", form);
		List<QuizSession> sessions = this.quiz.sessionsOf(trainer.getId());
		model.addAttribute("sessions", sessions);
		model.addAttribute("workingCodes",
				sessions.stream().filter(this.quiz::isJoinCodeWorking).map(QuizSession::getId).toList());
		model.addAttribute("scenarios", this.casebook.inUse());
		return "quiz/list";
	}

	/** "24 hours", "1 hour" or "90 minutes". */
	private static String inWords(Duration duration) {
		long minutes = duration.toMinutes();
		if (minutes % 60 == 0) {
			long hours = minutes / 60;
			return hours + ((hours == 1) ? " hour" : " hours");
		}
		return minutes + ((minutes == 1) ? " minute" : " minutes");
	}

	/**
	 * Where trainees join: the page, or straight into one session when given its code.
	 */
	private static String joinAddress(String code) {
		ServletUriComponentsBuilder address = ServletUriComponentsBuilder.fromCurrentContextPath();
		return ((code != null) ? address.path("/join/{code}").buildAndExpand(code) : address.path("/join").build())
			.toUriString();
	}

	/** The form that opens a session. */
	public static class NewQuiz {

		private String title;

		private List<Long> scenarioIds = new ArrayList<>();

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public List<Long> getScenarioIds() {
			return this.scenarioIds;
		}

		public void setScenarioIds(List<Long> scenarioIds) {
			this.scenarioIds = scenarioIds;
		}

	}

}
