package uk.secondopinion.account;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Trainer accounts. */
public interface TrainerRepository extends Repository<Trainer, Long> {

	Trainer save(Trainer trainer);

	Optional<Trainer> findById(Long id);

	Optional<Trainer> findByUsername(String username);

	boolean existsByUsername(String username);

	long count();

}
