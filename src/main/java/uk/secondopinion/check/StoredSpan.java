package uk.secondopinion.check;

/** A passage that contributed to a finding, by offsets into the (masked) draft. */
public record StoredSpan(int start, int end) {

}
