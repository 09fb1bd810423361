package uk.secondopinion.check;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Migration 21: moves each check's findings from rows of their own
 * ({@code check_findings}) into one JSON column of the check's row, the form
 * {@link FindingListConverter} reads. It is Java because building JSON in SQL differs
 * between H2 and PostgreSQL; it writes the JSON itself, not through the entity classes,
 * so it stays as it is when they change. The excerpt is dropped: it is read from the
 * masked draft by its offsets.
 */
@Component
class FindingsIntoCheckRows implements JavaMigration {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("21");
	}

	@Override
	public String getDescription() {
		return "store findings in their check's row";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("alter table checks add column findings varchar");
			moveFindings(connection);
			statement.execute("update checks set findings = '[]' where findings is null");
			statement.execute("alter table checks alter column findings set not null");
			statement.execute("drop table check_findings");
		}
	}

	private static void moveFindings(Connection connection) throws SQLException {
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("select check_id, rule_id, category, severity, start_offset, "
						+ "end_offset, title, message, suggestion, guidance, evidence from check_findings "
						+ "order by check_id, list_index");
				PreparedStatement update = connection.prepareStatement("update checks set findings = ? where id = ?")) {
			Object check = null;
			ArrayNode findings = JSON.createArrayNode();
			while (rows.next()) {
				Object rowCheck = rows.getObject("check_id");
				if (check != null && !Objects.equals(check, rowCheck)) {
					store(update, check, findings);
					findings = JSON.createArrayNode();
				}
				check = rowCheck;
				findings.add(finding(rows));
			}
			if (check != null) {
				store(update, check, findings);
			}
		}
	}

	private static ObjectNode finding(ResultSet row) throws SQLException {
		ObjectNode finding = JSON.createObjectNode();
		finding.put("ruleId", row.getString("rule_id"));
		finding.put("category", row.getString("category"));
		finding.put("severity", row.getString("severity"));
		finding.put("start", row.getInt("start_offset"));
		finding.put("end", row.getInt("end_offset"));
		finding.put("title", row.getString("title"));
		finding.put("message", row.getString("message"));
		finding.put("suggestion", row.getString("suggestion"));
		ArrayNode guidance = finding.putArray("guidance");
		for (String id : row.getString("guidance").split(",")) {
			if (!id.isEmpty()) {
				guidance.add(id);
			}
		}
		// Evidence was kept as "start-end" pairs separated by commas
		ArrayNode evidence = finding.putArray("evidence");
		for (String pair : row.getString("evidence").split(",")) {
			int dash = pair.indexOf('-');
			if (dash > 0) {
				evidence.addObject()
					.put("start", Integer.parseInt(pair.substring(0, dash)))
					.put("end", Integer.parseInt(pair.substring(dash + 1)));
			}
		}
		return finding;
	}

	private static void store(PreparedStatement update, Object check, ArrayNode findings) throws SQLException {
		update.setString(1, JSON.writeValueAsString(findings));
		update.setObject(2, check);
		update.executeUpdate();
	}

}
