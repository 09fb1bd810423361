package uk.secondopinion.quiz;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Trainees' votes. */
interface QuizVoteRepository extends Repository<QuizVote, Long> {

	QuizVote save(QuizVote vote);

	Optional<QuizVote> findBySessionIdAndItemIndexAndVoter(long sessionId, int itemIndex, String voter);

	List<QuizVote> findBySessionIdAndItemIndex(long sessionId, int itemIndex);

	List<QuizVote> findBySessionIdOrderByItemIndexAscVotedAtAscIdAsc(long sessionId);

}
