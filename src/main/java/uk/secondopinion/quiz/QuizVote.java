package uk.secondopinion.quiz;

import java.time.Instant;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.secondopinion.casebook.CategorySetConverter;
import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.RiskLevel;

/**
 * A trainee's vote on one scenario of a quiz: the risk level and the categories they
 * chose. The voter is a random token from the trainee's browser, not a person; the
 * database lets each token vote once per scenario.
 */
@Entity
@Table(name = "quiz_votes")
public class QuizVote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "session_id", nullable = false)
	private long sessionId;

	@Column(name = "item_index", nullable = false)
	private int itemIndex;

	@Column(nullable = false)
	private String voter;

	@Enumerated(EnumType.STRING)
	@Column(name = "risk_level", nullable = false)
	private RiskLevel riskLevel;

	@Convert(converter = CategorySetConverter.class)
	@Column(nullable = false)
	private Set<Category> categories;

	@Column(name = "voted_at", nullable = false)
	private Instant votedAt;

	protected QuizVote() {
	}

	QuizVote(long sessionId, int itemIndex, String voter, RiskLevel riskLevel, Set<Category> categories,
			Instant votedAt) {
		this.sessionId = sessionId;
		this.itemIndex = itemIndex;
		this.voter = voter;
		this.riskLevel = riskLevel;
		this.categories = CategorySetConverter.sorted(categories);
		this.votedAt = votedAt;
	}

	public int getItemIndex() {
		return this.itemIndex;
	}

	public String getVoter() {
		return this.voter;
	}

	public RiskLevel getRiskLevel() {
		return this.riskLevel;
	}

	public Set<Category> getCategories() {
		return CategorySetConverter.sorted(this.categories);
	}

	public Instant getVotedAt() {
		return this.votedAt;
	}

}
