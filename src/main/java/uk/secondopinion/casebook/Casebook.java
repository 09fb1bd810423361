package uk.secondopinion.casebook;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import uk.secondopinion.check.CheckService;
import uk.secondopinion.check.DraftRules;
import uk.secondopinion.check.ResultPage;
import uk.secondopinion.engine.CheckEngine;
import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.guidance.GuidancePoint;

/**
 * The casebook: scenarios anyone can read, which signed-in trainers write, edit and
 * retire (their own only; the shipped ones belong to no one). Findings always come from
 * the engine, never from storage.
 */
@Service
public class Casebook {

	static final int MAX_DRAFT = 5_000;

	private final ScenarioRepository scenarios;

	private final CheckService checks;

	private final CheckEngine engine;

	private final Clock clock;

	Casebook(ScenarioRepository scenarios, CheckService checks, CheckEngine engine, Clock clock) {
		this.scenarios = scenarios;
		this.checks = checks;
		this.engine = engine;
		this.clock = clock;
	}

	/** Scenarios in use, which anyone may read. */
	@Transactional(readOnly = true)
	public List<Scenario> inUse() {
		return this.scenarios.findInUse();
	}

	/** A trainer's retired scenarios. */
	@Transactional(readOnly = true)
	public List<Scenario> retiredBy(long trainerId) {
		return this.scenarios.findRetiredBy(trainerId);
	}

	/** Any scenario, retired or not, for a quiz that already uses it. */
	@Transactional(readOnly = true)
	public Optional<Scenario> find(long id) {
		return this.scenarios.findById(id);
	}

	/**
	 * A scenario as someone may read it: retired scenarios are gone for everyone but
	 * their author.
	 */
	@Transactional(readOnly = true)
	public Scenario readable(long id, Long trainerId) {
		return this.scenarios.findById(id)
			.filter((scenario) -> !scenario.isRetired() || (trainerId != null && scenario.isAuthoredBy(trainerId)))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * A scenario its author may change; 404 if there is none, 403 if it is not theirs.
	 */
	@Transactional(readOnly = true)
	public Scenario editable(long id, long trainerId) {
		Scenario scenario = this.scenarios.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!scenario.isAuthoredBy(trainerId)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only a scenario's author can change it");
		}
		return scenario;
	}

	/** Problems with a scenario form, by field name; empty if none. */
	public Map<String, String> problems(ScenarioForm form) {
		Map<String, String> problems = new LinkedHashMap<>();
		required(problems, "title", form.getTitle(), 120, "Enter a title");
		required(problems, "situation", form.getSituation(), 2_000, "Describe the situation around the post");
		DraftRules.problems(form.getDraft()).forEach((message) -> problems.putIfAbsent("draft", message));
		if (!problems.containsKey("draft") && form.getDraft().length() > MAX_DRAFT) {
			problems.put("draft", "Keep a scenario's draft to " + String.format("%,d", MAX_DRAFT) + " characters");
		}
		if (form.getPlatform() == null) {
			problems.put("platform", "Choose where the draft would be posted");
		}
		if (form.getAudience() == null) {
			problems.put("audience", "Choose who would see it");
		}
		required(problems, "learningPoint", form.getLearningPoint(), 2_000, "Enter the learning point");
		if (form.questions().size() < 2) {
			problems.put("question1", "Enter at least two discussion questions");
		}
		else if (form.questions().stream().anyMatch((question) -> question.length() > 500)) {
			problems.put("question1", "Keep each question to 500 characters");
		}
		if (form.guidanceIds().isEmpty()) {
			problems.put("guidance", "Choose at least one piece of guidance the scenario rests on");
		}
		else if (form.guidanceIds().stream().anyMatch((id) -> this.engine.guidance().find(id).isEmpty())) {
			problems.put("guidance", "Choose guidance from the list");
		}
		Set<Category> both = EnumSet.noneOf(Category.class);
		both.addAll(nonNull(form.getExpectedCategories()));
		both.retainAll(nonNull(form.getExcludedCategories()));
		if (!both.isEmpty()) {
			problems.put("excludedCategories",
					"A risk cannot be both one the scenario teaches and one it must not raise");
		}
		return problems;
	}

	@Transactional
	public Scenario create(ScenarioForm form, long trainerId) {
		requireValid(form);
		Scenario scenario = new Scenario(trainerId, this.clock.instant());
		scenario.update(form, this.clock.instant());
		return this.scenarios.save(scenario);
	}

	@Transactional
	public Scenario update(long id, ScenarioForm form, long trainerId) {
		requireValid(form);
		Scenario scenario = editable(id, trainerId);
		scenario.update(form, this.clock.instant());
		return this.scenarios.save(scenario);
	}

	/**
	 * Retires a scenario (or brings it back): it leaves the casebook but is never
	 * deleted.
	 */
	@Transactional
	public Scenario retire(long id, long trainerId, boolean retired) {
		Scenario scenario = editable(id, trainerId);
		scenario.retire(retired, this.clock.instant());
		return this.scenarios.save(scenario);
	}

	/**
	 * What the engine finds in a scenario's draft now, and how that compares with what it
	 * teaches.
	 */
	public ScenarioFindings findings(Scenario scenario) {
		ResultPage page = ResultPage.of(this.checks.preview(scenario.getDraft(), scenario.getPostContext()));
		return ScenarioFindings.of(scenario, page);
	}

	/** The guidance a scenario cites, as the catalogue has it. */
	public List<GuidancePoint> guidance(Scenario scenario) {
		return scenario.getGuidance().stream().flatMap((id) -> this.engine.guidance().find(id).stream()).toList();
	}

	private void requireValid(ScenarioForm form) {
		Map<String, String> problems = problems(form);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("; ", problems.values()));
		}
	}

	private static Set<Category> nonNull(Set<Category> categories) {
		return (categories != null) ? categories : Set.of();
	}

	private static void required(Map<String, String> problems, String field, String value, int max, String message) {
		if (value == null || value.isBlank()) {
			problems.put(field, message);
		}
		else if (value.strip().length() > max) {
			problems.put(field, "Keep this to " + String.format("%,d", max) + " characters");
		}
	}

}
