package uk.secondopinion.engine;

/** The seven risk categories of {@code LABELS.md}, most serious first. */
public enum Category {

	CONFIDENTIALITY("Patient confidentiality"), ANONYMITY("Posting as a doctor without your name"),
	TONE("Inflammatory or abusive tone"), BOUNDARIES("Professional boundaries with patients"),
	PROFESSIONALISM("Public trust in the profession"), CONFLICT_OF_INTEREST("Undeclared conflict of interest"),
	UNSUBSTANTIATED("Unsubstantiated claims");

	private final String title;

	Category(String title) {
		this.title = title;
	}

	/** A short plain-English name for people. */
	public String title() {
		return this.title;
	}

}
