package uk.secondopinion.quiz;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import uk.secondopinion.casebook.Scenario;
import uk.secondopinion.casebook.ScenarioFindings;
import uk.secondopinion.check.CheckResult;
import uk.secondopinion.engine.Category;

/**
 * A session's results as CSV (RFC 4180): one row per vote, beside what the checker finds
 * in that scenario. Trainees appear as "Trainee 1", "Trainee 2"… in the order they first
 * voted, never by their browser token. Cells that a spreadsheet would run as a formula
 * are prefixed with an apostrophe.
 */
final class QuizResultsCsv {

	static final String HEADER = "session,join_code,scenario_number,scenario,trainee,voted_risk,voted_categories,"
			+ "voted_at,checker_risk,checker_categories";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Europe/London"));

	private QuizResultsCsv() {
	}

	static String write(QuizSession session, List<Scenario> scenarios, List<ScenarioFindings> checker,
			List<QuizVote> votes) {
		StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
		Map<String, Integer> trainees = new HashMap<>();
		for (QuizVote vote : votes) {
			int trainee = trainees.computeIfAbsent(vote.getVoter(), (voter) -> trainees.size() + 1);
			int index = vote.getItemIndex();
			CheckResult found = checker.get(index).page().result();
			row(csv, session.getTitle(), session.getJoinCode(), String.valueOf(index + 1),
					scenarios.get(index).getTitle(), "Trainee " + trainee, vote.getRiskLevel().name(),
					codes(vote.getCategories()), TIME.format(vote.getVotedAt()), found.riskLevel().name(),
					codes(checker.get(index).found()));
		}
		return csv.toString();
	}

	private static String codes(Collection<Category> categories) {
		return categories.stream().map(Category::name).collect(Collectors.joining(";"));
	}

	private static void row(StringBuilder csv, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells[i]));
		}
		csv.append("\r\n");
	}

	static String cell(String value) {
		String safe = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return '"' + safe.replace("\"", "\"\"") + '"';
		}
		return safe;
	}

}
