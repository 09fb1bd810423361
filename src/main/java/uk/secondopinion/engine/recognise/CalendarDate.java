package uk.secondopinion.engine.recognise;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Whether a day/month/year written the British way ("4.7.82", "03/11/1958") is a real
 * date.
 */
public final class CalendarDate {

	private CalendarDate() {
	}

	public static boolean isValid(String text) {
		String[] parts = text.split("[^0-9]+");
		if (parts.length != 3) {
			return false;
		}
		try {
			int day = Integer.parseInt(parts[0]);
			int month = Integer.parseInt(parts[1]);
			int year = Integer.parseInt(parts[2]);
			if (parts[2].length() == 2) {
				year += 1900;
			}
			else if (parts[2].length() != 4) {
				return false;
			}
			LocalDate.of(year, month, day);
			return true;
		}
		catch (NumberFormatException | DateTimeException ex) {
			return false;
		}
	}

}
