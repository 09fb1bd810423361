package uk.secondopinion.engine;

/** The overall risk of posting a draft as it stands. */
public enum RiskLevel {

	NONE, LOW, MEDIUM, HIGH;

	public static RiskLevel of(Severity severity) {
		return switch (severity) {
			case LOW -> LOW;
			case MEDIUM -> MEDIUM;
			case HIGH -> HIGH;
		};
	}

}
