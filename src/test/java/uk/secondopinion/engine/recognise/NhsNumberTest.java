package uk.secondopinion.engine.recognise;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test vectors from the NHS Data Dictionary's Modulus 11 rule, in the never-issued 999
 * range.
 */
class NhsNumberTest {

	@ParameterizedTest
	@CsvSource({ "999 000 0018, true", "999 000 0026, true", "999 876 5439, true", "999 555 1233, true",
			"999 000 0107, true", "999 000 0050, true", "999-000-0018, true", "9990000018, true", "999 000 0017, false",
			"999 000 0081, false", "999 000 0000, false", "999 123 4565, false", "99900000, false",
			"99900001800, false", "987 654 4321, false", "999 000 001x, false" })
	void checksTheModulus11CheckDigit(String number, boolean valid) {
		assertThat(NhsNumber.isValid(number)).isEqualTo(valid);
	}

}
