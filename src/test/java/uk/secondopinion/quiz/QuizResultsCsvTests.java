package uk.secondopinion.quiz;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuizResultsCsvTests {

	@Test
	void cellsWithCommasQuotesOrLineBreaksAreQuoted() {
		assertThat(QuizResultsCsv.cell("plain")).isEqualTo("plain");
		assertThat(QuizResultsCsv.cell("a, b")).isEqualTo("\"a, b\"");
		assertThat(QuizResultsCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(QuizResultsCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
	}

	@Test
	void cellsASpreadsheetWouldRunAsAFormulaAreDefused() {
		assertThat(QuizResultsCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(QuizResultsCsv.cell("+1")).isEqualTo("'+1");
		assertThat(QuizResultsCsv.cell("-1")).isEqualTo("'-1");
		assertThat(QuizResultsCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
	}

	@Test
	void joinCodesAreReadableAndTypedCodesAreForgiven() {
		assertThat(JoinCodes.next()).matches("[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{6}");
		assertThat(JoinCodes.normalise(" k7p-m2q ")).isEqualTo("K7PM2Q");
	}

}
