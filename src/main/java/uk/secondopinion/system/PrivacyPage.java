package uk.secondopinion.system;

import java.time.Duration;

/** What the privacy page needs to know, in the words it says it in. */
public record PrivacyPage(Duration retention) {

	/**
	 * "30 days", "1 day", "36 hours": the largest whole unit the retention is made of.
	 */
	public String retentionInWords() {
		if (this.retention.toDays() > 0 && this.retention.equals(Duration.ofDays(this.retention.toDays()))) {
			return plural(this.retention.toDays(), "day");
		}
		if (this.retention.toHours() > 0 && this.retention.equals(Duration.ofHours(this.retention.toHours()))) {
			return plural(this.retention.toHours(), "hour");
		}
		return plural(Math.max(1, this.retention.toMinutes()), "minute");
	}

	private static String plural(long count, String unit) {
		return count + " " + unit + ((count == 1) ? "" : "s");
	}

}
