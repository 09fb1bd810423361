package uk.secondopinion.casebook;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Casebook scenarios. Scenarios are retired, never deleted, so quizzes that used them
 * keep them.
 */
public interface ScenarioRepository extends Repository<Scenario, Long> {

	Scenario save(Scenario scenario);

	Optional<Scenario> findById(Long id);

	/** Scenarios in use, shipped ones first, then in the order they were written. */
	@Query("select s from Scenario s where s.retired = false order by case when s.authorId is null then 0 else 1 end, s.id")
	List<Scenario> findInUse();

	/** A trainer's retired scenarios, which only they see. */
	@Query("select s from Scenario s where s.retired = true and s.authorId = :authorId order by s.id")
	List<Scenario> findRetiredBy(long authorId);

}
