package uk.secondopinion.engine.text;

/** A run of letters and digits (with inner apostrophes) in the normalised text. */
public record Token(int start, int end, String text) {

}
