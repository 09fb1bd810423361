package uk.secondopinion.check;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks stored before migration 21 keep their findings, in order and in full, when the
 * findings move into the check's row: on H2 and on a real PostgreSQL server.
 */
class FindingsIntoCheckRowsTests {

	private static final UUID WITH_FINDINGS = UUID.fromString("0b6b5b0e-8d0e-4f57-9d6c-0d8d3c6f6c01");

	private static final UUID WITHOUT_FINDINGS = UUID.fromString("0b6b5b0e-8d0e-4f57-9d6c-0d8d3c6f6c02");

	@Test
	void movesFindingsOnH2() {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:findings-migration;DB_CLOSE_DELAY=-1");
		migratesStoredChecks(h2);
	}

	@Test
	void movesFindingsOnPostgreSql() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			migratesStoredChecks(postgres.getPostgresDatabase());
		}
	}

	private void migratesStoredChecks(DataSource database) {
		flyway(database, "20").migrate();
		JdbcTemplate jdbc = new JdbcTemplate(database);
		for (UUID id : List.of(WITH_FINDINGS, WITHOUT_FINDINGS)) {
			jdbc.update(
					"insert into checks (id, created_at, expires_at, ruleset_version, platform, audience, "
							+ "named_account, risk_level, masked_text, safer_text) values (?, current_timestamp, "
							+ "current_timestamp, '2026.11.6', 'FORUM', 'PUBLIC', false, 'HIGH', ?, ?)",
					id, "Saw ██████ in bay 4 today", "Saw a patient today");
		}
		String insertFinding = "insert into check_findings (check_id, list_index, rule_id, category, severity, "
				+ "start_offset, end_offset, excerpt, title, message, suggestion, guidance, evidence) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
		// Inserted out of order, to show the list order is kept
		jdbc.update(insertFinding, WITH_FINDINGS, 1, "TONE_MOCKING", "TONE", "MEDIUM", 0, 3, "Saw", "Mocking tone",
				"Sounds like \"mockery\".", null, "GMC-SM-17", "0-3");
		jdbc.update(insertFinding, WITH_FINDINGS, 0, "CONF_NAMED_PATIENT", "CONFIDENTIALITY", "HIGH", 4, 10, "██████",
				"A patient named", "Names a patient.", "a patient", "GMC-CONF-1,BMA-SM-3", "4-10,14-19");

		flyway(database, null).migrate();

		FindingListConverter converter = new FindingListConverter();
		assertThat(converter.convertToEntityAttribute(
				jdbc.queryForObject("select findings from checks where id = ?", String.class, WITH_FINDINGS)))
			.containsExactly(
					new StoredFinding("CONF_NAMED_PATIENT", Category.CONFIDENTIALITY, Severity.HIGH, 4, 10,
							"A patient named", "Names a patient.", "a patient", List.of("GMC-CONF-1", "BMA-SM-3"),
							List.of(new StoredSpan(4, 10), new StoredSpan(14, 19))),
					new StoredFinding("TONE_MOCKING", Category.TONE, Severity.MEDIUM, 0, 3, "Mocking tone",
							"Sounds like \"mockery\".", null, List.of("GMC-SM-17"), List.of(new StoredSpan(0, 3))));
		assertThat(converter.convertToEntityAttribute(
				jdbc.queryForObject("select findings from checks where id = ?", String.class, WITHOUT_FINDINGS)))
			.isEmpty();
		assertThat(jdbc.queryForObject(
				"select count(*) from information_schema.tables where lower(table_name) = 'check_findings'",
				Integer.class))
			.isZero();
	}

	private static Flyway flyway(DataSource database, String target) {
		var configuration = Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration")
			.javaMigrations(new FindingsIntoCheckRows());
		if (target != null) {
			configuration.target(target);
		}
		return configuration.load();
	}

}
