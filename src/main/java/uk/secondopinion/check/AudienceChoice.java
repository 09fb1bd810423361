package uk.secondopinion.check;

import uk.secondopinion.engine.Audience;

/** The audiences a doctor can choose on the form; all but public are restricted. */
public enum AudienceChoice {

	PUBLIC("Public", "Anyone can see it", Audience.PUBLIC),
	FRIENDS("Friends only", "Only people I have accepted as friends or followers", Audience.RESTRICTED),
	CLOSED_GROUP("A closed group", "A private group, page or chat", Audience.RESTRICTED),
	DOCTORS_FORUM("A doctors-only forum", "A forum or group open only to doctors", Audience.RESTRICTED);

	private final String label;

	private final String hint;

	private final Audience audience;

	AudienceChoice(String label, String hint, Audience audience) {
		this.label = label;
		this.hint = hint;
		this.audience = audience;
	}

	public String label() {
		return this.label;
	}

	public String hint() {
		return this.hint;
	}

	public Audience audience() {
		return this.audience;
	}

}
