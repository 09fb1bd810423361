package uk.secondopinion.engine.recognise;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Whether a day/month/year written the British way ("4.7.82", "03/11/1958") is a real
 * date.
 */
public final class CalendarDate {

	private static final Pattern NOT_DIGITS = Pattern.compile("[^0-9]+");

	private CalendarDate() {
	}

	/**
	 * Whether "d/m" or "m/d" (as American records write it), with an optional year, could
	 * be a date: "7/18" and "18/7" could, "130/80" (a blood pressure) could not.
	 */
	public static boolean isDayAndMonth(String text) {
		String[] parts = text.split("/");
		if (parts.length < 2 || parts.length > 3) {
			return false;
		}
		try {
			int first = Integer.parseInt(parts[0]);
			int second = Integer.parseInt(parts[1]);
			boolean dayMonth = first >= 1 && first <= 31 && second >= 1 && second <= 12;
			boolean monthDay = first >= 1 && first <= 12 && second >= 1 && second <= 31;
			return (dayMonth || monthDay) && (parts.length == 2 || isValid(parts[0] + "/" + parts[1] + "/" + parts[2])
					|| isValid(parts[1] + "/" + parts[0] + "/" + parts[2]));
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	public static boolean isValid(String text) {
		String[] parts = NOT_DIGITS.split(text);
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
