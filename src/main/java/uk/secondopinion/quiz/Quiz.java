package uk.secondopinion.quiz;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import uk.secondopinion.casebook.Casebook;
import uk.secondopinion.casebook.Scenario;
import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.RiskLevel;

/**
 * Room quizzes: a trainer opens a session over some scenarios, moves through them,
 * reveals the engine's findings and closes it; trainees join with the code and vote once
 * per scenario while it is on screen and unrevealed.
 */
@Service
public class Quiz {

	/** What became of a trainee's vote. */
	public enum VoteOutcome {

		COUNTED, ALREADY_VOTED, VOTING_OVER

	}

	static final int MAX_SCENARIOS = 30;

	private final QuizSessionRepository sessions;

	private final QuizVoteRepository votes;

	private final Casebook casebook;

	private final Clock clock;

	private final Duration joinCodeLifetime;

	Quiz(QuizSessionRepository sessions, QuizVoteRepository votes, Casebook casebook, Clock clock,
			@Value("${second-opinion.quiz.join-code-lifetime}") Duration joinCodeLifetime) {
		this.sessions = sessions;
		this.votes = votes;
		this.casebook = casebook;
		this.clock = clock;
		this.joinCodeLifetime = joinCodeLifetime;
	}

	/** Problems with a new session, by field name; empty if none. */
	public Map<String, String> problems(String title, List<Long> scenarioIds) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (title == null || title.isBlank()) {
			problems.put("title", "Enter a title the room will see, such as the name of the teaching session");
		}
		else if (title.strip().length() > 120) {
			problems.put("title", "Keep the title to 120 characters");
		}
		if (scenarioIds == null || scenarioIds.isEmpty()) {
			problems.put("scenarioIds", "Choose at least one scenario");
		}
		else if (scenarioIds.size() > MAX_SCENARIOS) {
			problems.put("scenarioIds", "Choose up to " + MAX_SCENARIOS + " scenarios");
		}
		else if (scenarioIds.stream().anyMatch((id) -> this.casebook.find(id).map(Scenario::isRetired).orElse(true))) {
			problems.put("scenarioIds", "Choose scenarios from the casebook");
		}
		return problems;
	}

	/** Opens a session with a fresh join code. */
	@Transactional
	public QuizSession open(long trainerId, String title, List<Long> scenarioIds) {
		Map<String, String> problems = problems(title, scenarioIds);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("; ", problems.values()));
		}
		String code = JoinCodes.next();
		while (this.sessions.existsByJoinCode(code)) {
			code = JoinCodes.next();
		}
		return this.sessions
			.save(new QuizSession(code, trainerId, title.strip(), List.copyOf(scenarioIds), this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<QuizSession> sessionsOf(long trainerId) {
		return this.sessions.findByTrainerIdOrderByCreatedAtDesc(trainerId);
	}

	/** A trainer's own session; 404 if there is none, 403 if it is someone else's. */
	@Transactional(readOnly = true)
	public QuizSession owned(long id, long trainerId) {
		QuizSession session = this.sessions.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (session.getTrainerId() != trainerId) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the trainer who opened a quiz can run it");
		}
		return session;
	}

	/**
	 * The session a join code opens, if it opened within the code's lifetime. A code left
	 * working would let anyone who learns it, long after the room has gone, read the
	 * session's scenarios, so codes stop working a set time (a day by default) after the
	 * session opens.
	 */
	@Transactional(readOnly = true)
	public Optional<QuizSession> joinable(String code) {
		return this.sessions.findByJoinCode(JoinCodes.normalise(code)).filter(this::isJoinCodeWorking);
	}

	/** How long after a session opens its join code lets trainees in. */
	public Duration joinCodeLifetime() {
		return this.joinCodeLifetime;
	}

	/** Whether a session's join code still lets trainees in. */
	public boolean isJoinCodeWorking(QuizSession session) {
		return this.clock.instant().isBefore(session.getCreatedAt().plus(this.joinCodeLifetime));
	}

	@Transactional
	public QuizSession move(long id, long trainerId, int steps) {
		QuizSession session = owned(id, trainerId);
		session.moveBy(steps);
		return this.sessions.save(session);
	}

	@Transactional
	public QuizSession reveal(long id, long trainerId) {
		QuizSession session = owned(id, trainerId);
		session.revealCurrent();
		return this.sessions.save(session);
	}

	/** Closes a session: no more votes, for good. */
	@Transactional
	public QuizSession close(long id, long trainerId) {
		QuizSession session = owned(id, trainerId);
		session.close(this.clock.instant());
		return this.sessions.save(session);
	}

	/**
	 * Counts a trainee's vote on one scenario, once: a second vote from the same voter,
	 * or a vote after the scenario was revealed, the room moved on or the session closed,
	 * is not counted. Not one transaction, so that the database's once-only constraint
	 * can settle two votes racing from one browser.
	 */
	public VoteOutcome vote(QuizSession session, int itemIndex, String voter, RiskLevel riskLevel,
			Set<Category> categories) {
		QuizSession current = this.sessions.findById(session.getId()).orElseThrow();
		if (!current.isVotingOn(itemIndex)) {
			return VoteOutcome.VOTING_OVER;
		}
		if (this.votes.findBySessionIdAndItemIndexAndVoter(current.getId(), itemIndex, voter).isPresent()) {
			return VoteOutcome.ALREADY_VOTED;
		}
		try {
			this.votes
				.save(new QuizVote(current.getId(), itemIndex, voter, riskLevel, categories, this.clock.instant()));
			return VoteOutcome.COUNTED;
		}
		catch (DataIntegrityViolationException ex) {
			return VoteOutcome.ALREADY_VOTED;
		}
	}

	@Transactional(readOnly = true)
	public Optional<QuizVote> voteOf(QuizSession session, int itemIndex, String voter) {
		return this.votes.findBySessionIdAndItemIndexAndVoter(session.getId(), itemIndex, voter);
	}

	@Transactional(readOnly = true)
	public Tally tally(QuizSession session, int itemIndex) {
		return Tally.of(this.votes.findBySessionIdAndItemIndex(session.getId(), itemIndex));
	}

	/** Every vote in the session, scenario by scenario, in the order they came in. */
	@Transactional(readOnly = true)
	public List<QuizVote> votes(QuizSession session) {
		return this.votes.findBySessionIdOrderByItemIndexAscVotedAtAscIdAsc(session.getId());
	}

	/** The session's scenarios in order. */
	@Transactional(readOnly = true)
	public List<Scenario> scenarios(QuizSession session) {
		List<Scenario> scenarios = new ArrayList<>();
		for (QuizItem item : session.getItems()) {
			scenarios.add(this.casebook.find(item.getScenarioId()).orElseThrow());
		}
		return scenarios;
	}

}
