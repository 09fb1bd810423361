package uk.secondopinion.engine.recognise;

/**
 * The NHS number check digit (Modulus 11, as the NHS Data Dictionary requires). The same
 * check serves Northern Ireland's Health and Care numbers, which share the format.
 */
public final class NhsNumber {

	private NhsNumber() {
	}

	/**
	 * Whether the digits in {@code text} (spaces and hyphens ignored) form a valid NHS
	 * number.
	 */
	public static boolean isValid(String text) {
		int[] digits = new int[10];
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				if (count == 10) {
					return false;
				}
				digits[count++] = c - '0';
			}
			else if (c != ' ' && c != '-') {
				return false;
			}
		}
		if (count != 10) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += digits[i] * (10 - i);
		}
		int check = 11 - (sum % 11);
		if (check == 11) {
			check = 0;
		}
		return check != 10 && check == digits[9];
	}

}
