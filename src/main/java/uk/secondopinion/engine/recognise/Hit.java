package uk.secondopinion.engine.recognise;

/**
 * Where a concept was found: a half-open span of the normalised text, and the safer
 * wording the matched phrase can be swapped for, if its concept gives one.
 */
public record Hit(String concept, int start, int end, String replacement) {

}
