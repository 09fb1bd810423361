package uk.secondopinion.engine.rules;

/**
 * A linear-time (RE2) regular expression over the normalised text; {@code group} picks
 * the flagged part and {@code validator} names a check the matched text must pass.
 */
public record PatternSpec(String regex, int group, String validator) {

}
