package uk.secondopinion.engine;

/** How serious one finding is. */
public enum Severity {

	LOW, MEDIUM, HIGH

}
