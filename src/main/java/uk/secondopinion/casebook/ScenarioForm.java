package uk.secondopinion.casebook;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import uk.secondopinion.check.AudienceChoice;
import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.Platform;

/** What a trainer enters to write or edit a scenario. */
public class ScenarioForm {

	private String title;

	private String situation;

	private String draft;

	private Platform platform = Platform.TWITTER;

	private AudienceChoice audience = AudienceChoice.PUBLIC;

	private boolean namedAccount = true;

	private String learningPoint;

	private String question1;

	private String question2;

	private String question3;

	private List<String> guidance = new ArrayList<>();

	private Set<Category> expectedCategories = EnumSet.noneOf(Category.class);

	private Set<Category> excludedCategories = EnumSet.noneOf(Category.class);

	/** A form holding a scenario's current values, to edit it or start a copy. */
	public static ScenarioForm of(Scenario scenario) {
		ScenarioForm form = new ScenarioForm();
		form.title = scenario.getTitle();
		form.situation = scenario.getSituation();
		form.draft = scenario.getDraft();
		form.platform = scenario.getPlatform();
		form.audience = scenario.getAudience();
		form.namedAccount = scenario.isNamedAccount();
		form.learningPoint = scenario.getLearningPoint();
		List<String> questions = scenario.getQuestions();
		form.question1 = (questions.size() > 0) ? questions.get(0) : null;
		form.question2 = (questions.size() > 1) ? questions.get(1) : null;
		form.question3 = (questions.size() > 2) ? questions.get(2) : null;
		form.guidance = new ArrayList<>(scenario.getGuidance());
		form.expectedCategories = EnumSet.noneOf(Category.class);
		form.expectedCategories.addAll(scenario.getExpectedCategories());
		form.excludedCategories = EnumSet.noneOf(Category.class);
		form.excludedCategories.addAll(scenario.getExcludedCategories());
		return form;
	}

	/** The questions the trainer filled in, in order. */
	List<String> questions() {
		return Stream.of(this.question1, this.question2, this.question3)
			.filter((question) -> question != null && !question.isBlank())
			.map(String::strip)
			.toList();
	}

	/** The guidance ids chosen, each once, in the order given. */
	List<String> guidanceIds() {
		return (this.guidance != null) ? this.guidance.stream().distinct().toList() : List.of();
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSituation() {
		return this.situation;
	}

	public void setSituation(String situation) {
		this.situation = situation;
	}

	public String getDraft() {
		return this.draft;
	}

	public void setDraft(String draft) {
		this.draft = draft;
	}

	public Platform getPlatform() {
		return this.platform;
	}

	public void setPlatform(Platform platform) {
		this.platform = platform;
	}

	public AudienceChoice getAudience() {
		return this.audience;
	}

	public void setAudience(AudienceChoice audience) {
		this.audience = audience;
	}

	public boolean isNamedAccount() {
		return this.namedAccount;
	}

	public void setNamedAccount(boolean namedAccount) {
		this.namedAccount = namedAccount;
	}

	public String getLearningPoint() {
		return this.learningPoint;
	}

	public void setLearningPoint(String learningPoint) {
		this.learningPoint = learningPoint;
	}

	public String getQuestion1() {
		return this.question1;
	}

	public void setQuestion1(String question1) {
		this.question1 = question1;
	}

	public String getQuestion2() {
		return this.question2;
	}

	public void setQuestion2(String question2) {
		this.question2 = question2;
	}

	public String getQuestion3() {
		return this.question3;
	}

	public void setQuestion3(String question3) {
		this.question3 = question3;
	}

	public List<String> getGuidance() {
		return this.guidance;
	}

	public void setGuidance(List<String> guidance) {
		this.guidance = guidance;
	}

	public Set<Category> getExpectedCategories() {
		return this.expectedCategories;
	}

	public void setExpectedCategories(Set<Category> expectedCategories) {
		this.expectedCategories = expectedCategories;
	}

	public Set<Category> getExcludedCategories() {
		return this.excludedCategories;
	}

	public void setExcludedCategories(Set<Category> excludedCategories) {
		this.excludedCategories = excludedCategories;
	}

}
