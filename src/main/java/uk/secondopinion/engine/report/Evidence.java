package uk.secondopinion.engine.report;

/**
 * A passage that contributed to a finding, as UTF-16 offsets into the draft, with the
 * kind of detail it is (for combined details) and what the safer version puts in its
 * place.
 */
public record Evidence(int start, int end, String label, String replacement) {

}
