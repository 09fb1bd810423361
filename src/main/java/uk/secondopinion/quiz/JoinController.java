package uk.secondopinion.quiz;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.secondopinion.casebook.Casebook;
import uk.secondopinion.casebook.Scenario;
import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.RiskLevel;
import uk.secondopinion.system.RateLimit;
import uk.secondopinion.system.RateLimiter;
import uk.secondopinion.system.TooManyRequestsException;

/**
 * The trainee's side of a room quiz, on a phone and without an account: join with the
 * code, see the scenario on screen, vote once, and see the answer when the trainer
 * reveals it. A random token in a cookie is all that tells one trainee's votes from
 * another's. Codes are short enough to guess, so each client may try only so many wrong
 * ones a minute ({@link RateLimit#WRONG_QUIZ_CODES}).
 */
@Controller
class JoinController {

	static final String VOTER_COOKIE = "quiz_voter";

	private static final SecureRandom random = new SecureRandom();

	private final Quiz quiz;

	private final Casebook casebook;

	private final RateLimiter rateLimiter;

	JoinController(Quiz quiz, Casebook casebook, RateLimiter rateLimiter) {
		this.quiz = quiz;
		this.casebook = casebook;
		this.rateLimiter = rateLimiter;
	}

	@GetMapping("/join")
	String join(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		if (code == null) {
			return "quiz/join";
		}
		model.addAttribute("code", code);
		if (code.isBlank()) {
			model.addAttribute("error", "Enter the code on the trainer's screen");
			return "quiz/join";
		}
		try {
			if (joinable(code, request).isPresent()) {
				return "redirect:/join/" + JoinCodes.normalise(code);
			}
			model.addAttribute("error", "There is no quiz with that code. Check the code on the trainer's screen");
		}
		catch (TooManyRequestsException ex) {
			model.addAttribute("error", ex.advice());
			ex.markRefused(response);
		}
		return "quiz/join";
	}

	@GetMapping("/join/{code}")
	String session(@PathVariable String code, @CookieValue(name = VOTER_COOKIE, required = false) String voter,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		QuizSession session = joined(code, request);
		if (voter == null) {
			voter = newVoter(request, response);
		}
		return showSession(session, voter, model);
	}

	@PostMapping("/join/{code}/votes")
	String vote(@PathVariable String code, @RequestParam int item, @RequestParam(required = false) RiskLevel riskLevel,
			@RequestParam(required = false) Set<Category> categories,
			@CookieValue(name = VOTER_COOKIE, required = false) String voter, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		QuizSession session = joined(code, request);
		if (voter == null) {
			newVoter(request, response);
			model.addAttribute("error",
					"Your browser must accept cookies for your vote to count. Allow them and vote again");
			return showSession(session, null, model);
		}
		if (riskLevel == null) {
			model.addAttribute("error", "Choose how risky you think the post is");
			model.addAttribute("chosenCategories", (categories != null) ? categories : Set.of());
			return showSession(session, voter, model);
		}
		Quiz.VoteOutcome outcome = this.quiz.vote(session, item, voter, riskLevel,
				(categories != null) ? categories : Set.of());
		redirect.addFlashAttribute("message", switch (outcome) {
			case COUNTED -> "Your vote has been counted.";
			case ALREADY_VOTED -> "You have already voted on this scenario: only your first vote counts.";
			case VOTING_OVER -> "Voting on that scenario is over, so your vote was not counted.";
		});
		return "redirect:/join/" + session.getJoinCode();
	}

	/**
	 * Where the session is, so the trainee's page can refresh itself when the trainer
	 * moves on.
	 */
	@GetMapping(path = "/join/{code}/state", produces = "application/json")
	@ResponseBody
	Map<String, Object> state(@PathVariable String code, HttpServletRequest request) {
		QuizSession session = joined(code, request);
		return Map.of("item", session.getCurrentIndex(), "revealed", session.getCurrentItem().isRevealed(), "closed",
				session.isClosed());
	}

	/**
	 * The quiz a code opens, if any. Every page that takes a code asks here, so none can
	 * be used to guess codes faster: the code is counted against the client's allowance
	 * of wrong codes before it is looked up, and given back if it opens a quiz.
	 * @throws TooManyRequestsException if the client has tried too many wrong codes
	 */
	private Optional<QuizSession> joinable(String code, HttpServletRequest request) {
		this.rateLimiter.acquire(RateLimit.WRONG_QUIZ_CODES, request);
		Optional<QuizSession> session = this.quiz.joinable(code);
		if (session.isPresent()) {
			this.rateLimiter.refund(RateLimit.WRONG_QUIZ_CODES, request);
		}
		return session;
	}

	/** The quiz a code in the address opens; 404 if none. */
	private QuizSession joined(String code, HttpServletRequest request) {
		return joinable(code, request).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String showSession(QuizSession session, String voter, Model model) {
		int index = session.getCurrentIndex();
		Scenario scenario = this.quiz.scenarios(session).get(index);
		model.addAttribute("quiz", session);
		model.addAttribute("scenario", scenario);
		model.addAttribute("riskChoices", RiskChoice.ALL);
		model.addAttribute("categories", Category.values());
		QuizVote vote = (voter != null) ? this.quiz.voteOf(session, index, voter).orElse(null) : null;
		model.addAttribute("vote", vote);
		model.addAttribute("voteRisk", (vote != null) ? RiskChoice.labelOf(vote.getRiskLevel()) : null);
		if (session.getCurrentItem().isRevealed()) {
			model.addAttribute("findings", this.casebook.findings(scenario));
		}
		return "quiz/joined";
	}

	/**
	 * Gives this browser a voter token for the day: random, and only ever sent to quiz
	 * pages.
	 */
	private static String newVoter(HttpServletRequest request, HttpServletResponse response) {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		String voter = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ResponseCookie cookie = ResponseCookie.from(VOTER_COOKIE, voter)
			.path("/join")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(Duration.ofHours(12))
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		return voter;
	}

}
