package uk.secondopinion.system;

import java.sql.SQLException;

/**
 * What went wrong, for the logs, without any exception's message: a database's or a
 * driver's message can quote the values it was storing, such as a masked draft, and no
 * draft text may reach the logs. The chain of exception classes, with the SQL state where
 * there is one, says enough to find the cause.
 */
public final class ExceptionSummary {

	private ExceptionSummary() {
	}

	/**
	 * For example
	 * {@code DataIntegrityViolationException <- JdbcSQLDataException (SQL state
	 * 22001)}.
	 */
	public static String of(Throwable failure) {
		StringBuilder summary = new StringBuilder();
		int depth = 0;
		for (Throwable cause = failure; cause != null && depth < 10; cause = cause.getCause(), depth++) {
			if (depth > 0) {
				summary.append(" <- ");
			}
			summary.append(cause.getClass().getName());
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				summary.append(" (SQL state ").append(sql.getSQLState()).append(')');
			}
		}
		return summary.toString();
	}

}
