package uk.secondopinion.quiz;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Quiz sessions. */
interface QuizSessionRepository extends Repository<QuizSession, Long> {

	QuizSession save(QuizSession session);

	Optional<QuizSession> findById(Long id);

	Optional<QuizSession> findByJoinCode(String joinCode);

	boolean existsByJoinCode(String joinCode);

	List<QuizSession> findByTrainerIdOrderByCreatedAtDesc(long trainerId);

}
