package uk.secondopinion.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A room quiz run by one trainer: a join code for trainees, the scenarios in order, which
 * one is on screen, and whether the session has closed. Trainees vote only on the
 * scenario on screen, before its findings are revealed, while the session is open.
 */
@Entity
@Table(name = "quiz_sessions")
public class QuizSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "join_code", nullable = false, unique = true)
	private String joinCode;

	@Column(name = "trainer_id", nullable = false)
	private long trainerId;

	@Column(nullable = false)
	private String title;

	@Column(name = "current_index", nullable = false)
	private int currentIndex;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "quiz_session_items", joinColumns = @JoinColumn(name = "session_id"))
	@OrderColumn(name = "list_index")
	private List<QuizItem> items = new ArrayList<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	protected QuizSession() {
	}

	QuizSession(String joinCode, long trainerId, String title, List<Long> scenarioIds, Instant createdAt) {
		this.joinCode = joinCode;
		this.trainerId = trainerId;
		this.title = title;
		scenarioIds.forEach((id) -> this.items.add(new QuizItem(id)));
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getJoinCode() {
		return this.joinCode;
	}

	public long getTrainerId() {
		return this.trainerId;
	}

	public String getTitle() {
		return this.title;
	}

	/** Which scenario is on screen, counting from 0. */
	public int getCurrentIndex() {
		return this.currentIndex;
	}

	public List<QuizItem> getItems() {
		return List.copyOf(this.items);
	}

	public QuizItem getCurrentItem() {
		return this.items.get(this.currentIndex);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public boolean isClosed() {
		return this.closedAt != null;
	}

	public boolean isFirst() {
		return this.currentIndex == 0;
	}

	public boolean isLast() {
		return this.currentIndex == this.items.size() - 1;
	}

	/** Whether a vote on this scenario counts now. */
	public boolean isVotingOn(int index) {
		return !isClosed() && index == this.currentIndex && !getCurrentItem().isRevealed();
	}

	void moveBy(int steps) {
		this.currentIndex = Math.max(0, Math.min(this.items.size() - 1, this.currentIndex + steps));
	}

	void revealCurrent() {
		getCurrentItem().reveal();
	}

	void close(Instant now) {
		if (this.closedAt == null) {
			this.closedAt = now;
		}
	}

}
