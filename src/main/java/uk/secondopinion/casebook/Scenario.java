package uk.secondopinion.casebook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import uk.secondopinion.check.AudienceChoice;
import uk.secondopinion.check.StringListConverter;
import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.Platform;
import uk.secondopinion.engine.PostContext;

/**
 * A casebook scenario: a draft in its posting context, the situation around it, what it
 * teaches, questions for the room and the guidance it rests on. Its findings are never
 * stored; they come from the engine each time. {@code expectedCategories} are the risks
 * it exists to teach and {@code excludedCategories} the risks it must not raise, so drift
 * between the scenario and the rules shows. A scenario without an author ships with the
 * app.
 */
@Entity
@Table(name = "scenarios")
public class Scenario {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String situation;

	@Column(nullable = false)
	private String draft;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Platform platform;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AudienceChoice audience;

	@Column(name = "named_account", nullable = false)
	private boolean namedAccount;

	@Column(name = "learning_point", nullable = false)
	private String learningPoint;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "scenario_questions", joinColumns = @JoinColumn(name = "scenario_id"))
	@OrderColumn(name = "list_index")
	@Column(name = "question", nullable = false)
	private List<String> questions = new ArrayList<>();

	@Convert(converter = StringListConverter.class)
	@Column(nullable = false)
	private List<String> guidance = new ArrayList<>();

	@Convert(converter = CategorySetConverter.class)
	@Column(name = "expected_categories", nullable = false)
	private Set<Category> expectedCategories;

	@Convert(converter = CategorySetConverter.class)
	@Column(name = "excluded_categories", nullable = false)
	private Set<Category> excludedCategories;

	@Column(name = "author_id")
	private Long authorId;

	@Column(nullable = false)
	private boolean retired;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Scenario() {
	}

	Scenario(long authorId, Instant createdAt) {
		this.authorId = authorId;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSituation() {
		return this.situation;
	}

	public String getDraft() {
		return this.draft;
	}

	public Platform getPlatform() {
		return this.platform;
	}

	public AudienceChoice getAudience() {
		return this.audience;
	}

	public boolean isNamedAccount() {
		return this.namedAccount;
	}

	/** Where the draft would be posted, as the engine sees it. */
	public PostContext getPostContext() {
		return new PostContext(this.platform, this.audience.audience(), this.namedAccount);
	}

	public String getLearningPoint() {
		return this.learningPoint;
	}

	public List<String> getQuestions() {
		return List.copyOf(this.questions);
	}

	public List<String> getGuidance() {
		return List.copyOf(this.guidance);
	}

	public Set<Category> getExpectedCategories() {
		return CategorySetConverter.sorted(this.expectedCategories);
	}

	public Set<Category> getExcludedCategories() {
		return CategorySetConverter.sorted(this.excludedCategories);
	}

	public Long getAuthorId() {
		return this.authorId;
	}

	/** Whether this scenario ships with the app (and so no trainer can change it). */
	public boolean isShipped() {
		return this.authorId == null;
	}

	public boolean isAuthoredBy(long trainerId) {
		return this.authorId != null && this.authorId == trainerId;
	}

	public boolean isRetired() {
		return this.retired;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	void update(ScenarioForm form, Instant now) {
		this.title = form.getTitle().strip();
		this.situation = form.getSituation().strip();
		this.draft = form.getDraft();
		this.platform = form.getPlatform();
		this.audience = form.getAudience();
		this.namedAccount = form.isNamedAccount();
		this.learningPoint = form.getLearningPoint().strip();
		this.questions = new ArrayList<>(form.questions());
		this.guidance = new ArrayList<>(form.guidanceIds());
		this.expectedCategories = CategorySetConverter.sorted(form.getExpectedCategories());
		this.excludedCategories = CategorySetConverter.sorted(form.getExcludedCategories());
		this.updatedAt = now;
	}

	void retire(boolean retired, Instant now) {
		this.retired = retired;
		this.updatedAt = now;
	}

}
