package uk.secondopinion.check;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored checks. Deliberately no way to list them: a check is reachable only by its id.
 */
public interface CheckRepository extends Repository<StoredCheck, UUID> {

	StoredCheck save(StoredCheck check);

	/** The check with this id, unless it has expired. */
	@Query("select c from StoredCheck c where c.id = :id and c.expiresAt > :now")
	Optional<StoredCheck> findLive(UUID id, Instant now);

	/** Deletes a check with its findings; the number of checks deleted (0 or 1). */
	@Transactional
	@Modifying
	@Query("delete from StoredCheck c where c.id = :id")
	int deleteCheck(UUID id);

	/** Deletes every check that expired before {@code now}, with its findings. */
	@Transactional
	@Modifying
	@Query(value = "delete from checks where expires_at <= :now", nativeQuery = true)
	int deleteExpired(Instant now);

	long count();

}
