package uk.secondopinion.engine.recognise;

import java.util.function.BiPredicate;

/**
 * A check that a pattern's match really is what it looks like: a checksum, a real date, a
 * capitalised name. It sees the match as normalised and as the author typed it, and says
 * how much of it to keep: all of it, a shorter leading part, or none ({@code -1}).
 */
@FunctionalInterface
public interface Validator {

	Validator NONE = (text, original) -> text.length();

	int accept(String text, String original);

	/**
	 * Whether every match this validator keeps holds a capital letter as the author typed
	 * it, so a stretch of the draft without one need not be tried at all.
	 */
	default boolean needsCapital() {
		return false;
	}

	/** A validator that keeps a match whole or drops it. */
	static Validator whole(BiPredicate<String, String> test) {
		return (text, original) -> test.test(text, original) ? text.length() : -1;
	}

	/** The validator, declaring that every match it keeps holds a capital letter. */
	static Validator capitalised(Validator validator) {
		return new Validator() {

			@Override
			public int accept(String text, String original) {
				return validator.accept(text, original);
			}

			@Override
			public boolean needsCapital() {
				return true;
			}

		};
	}

	/**
	 * Whether the match ends in a discount code as people write them: in capitals, or
	 * with digits ("DRJESS15", "code DETOXDOC"), not an everyday word ("code blue", "the
	 * door code is").
	 */
	private static boolean isCodeWord(String original) {
		String code = original.substring(original.lastIndexOf(' ') + 1);
		boolean digits = code.chars().anyMatch(Character::isDigit);
		boolean capitals = code.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
		return digits || (capitals && code.length() >= 4);
	}

	/** The validator a pattern names in its concept file; {@code null} means none. */
	static Validator named(String name) {
		if (name == null) {
			return NONE;
		}
		return switch (name) {
			case "nhs-number" -> whole((text, original) -> NhsNumber.isValid(text));
			case "not-nhs-number" -> whole((text, original) -> !NhsNumber.isValid(text));
			case "calendar-date" -> whole((text, original) -> CalendarDate.isValid(text));
			case "day-and-month" -> whole((text, original) -> CalendarDate.isDayAndMonth(text));
			case "proper-name" -> capitalised(ProperName::acceptLeadingWords);
			case "titled-name" -> ProperName::acceptTitledName;
			case "given-name" -> GivenNames::acceptFirstWord;
			case "code-word" -> whole((text, original) -> isCodeWord(original));
			default -> throw new IllegalArgumentException("No validator called " + name);
		};
	}

}
