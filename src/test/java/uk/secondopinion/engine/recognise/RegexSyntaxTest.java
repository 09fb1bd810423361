package uk.secondopinion.engine.recognise;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.secondopinion.engine.recognise.RegexSyntax.Assertion;
import uk.secondopinion.engine.recognise.RegexSyntax.Choice;
import uk.secondopinion.engine.recognise.RegexSyntax.Group;
import uk.secondopinion.engine.recognise.RegexSyntax.Literal;
import uk.secondopinion.engine.recognise.RegexSyntax.PerlClass;
import uk.secondopinion.engine.recognise.RegexSyntax.Repetition;
import uk.secondopinion.engine.recognise.RegexSyntax.Sequence;
import uk.secondopinion.engine.recognise.RegexSyntax.SetFlags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RegexSyntaxTest {

	@Test
	void readsAPatternIntoItsPartsWithWhereEachLies() {
		Sequence pattern = (Sequence) RegexSyntax.parse("\\b(bed|bay) \\d{1,3}");
		assertThat(pattern.items()).extracting(RegexSyntax.Item::node).element(0).isEqualTo(Assertion.WORD_BOUNDARY);
		Group group = (Group) pattern.items().get(1).node();
		assertThat(group.capturing()).isTrue();
		assertThat(((Choice) group.inner()).alternatives()).extracting(RegexSyntaxTest::letters)
			.containsExactly("bed", "bay");
		assertThat(pattern.items()).extracting(RegexSyntax.Item::node)
			.endsWith(new Literal(' '), new Repetition(new PerlClass('d'), 1, 3));
		assertThat(pattern.items()).extracting(RegexSyntax.Item::start).containsExactly(0, 2, 11, 12);
		assertThat(pattern.items().get(3).end()).isEqualTo(19);
	}

	@Test
	void readsGroupsAndFlagsAsRe2Does() {
		assertThat(only("(?:x)")).extracting(Group.class::cast)
			.satisfies((group) -> assertThat(group.capturing()).isFalse(),
					(group) -> assertThat(group.flags()).isEmpty(),
					(group) -> assertThat(letters(group.inner())).isEqualTo("x"));
		assertThat(((Group) only("(?P<name>x)")).capturing()).isTrue();
		assertThat(((Group) only("(?<name>x)")).capturing()).isTrue();
		assertThat(((Group) only("(?i:x)")).flags()).isEqualTo("i");
		assertThat(only("(?i)")).isEqualTo(new SetFlags("i"));
		// a lazy repetition matches the same strings
		assertThat(only("x+?")).isEqualTo(new Repetition(new Literal('x'), 1, -1));
		assertThat(only("x{2,}")).isEqualTo(new Repetition(new Literal('x'), 2, -1));
	}

	@Test
	void aBraceThatStartsNoRepetitionIsItself() {
		assertThat(((Sequence) RegexSyntax.parse("x{a}")).items()).extracting(RegexSyntax.Item::node)
			.containsExactly(new Literal('x'), new Literal('{'), new Literal('a'), new Literal('}'));
	}

	@Test
	void whatItCannotReadItRefuses() {
		for (String unreadable : List.of("(unbalanced", "x)", "*x", "\\x41", "[a-", "\\")) {
			assertThatExceptionOfType(UnsupportedOperationException.class).as(unreadable)
				.isThrownBy(() -> RegexSyntax.parse(unreadable));
		}
	}

	@Test
	void patternShapeSeesAWordBoundaryStartAndAWholeFirstGroup() {
		assertThat(PatternShape.of("\\b(my (?:patient|pt))\\b").atWordBoundary()).isTrue();
		assertThat(PatternShape.of("\\b(my (?:patient|pt))\\b").isWhole(1)).isTrue();
		assertThat(PatternShape.of("^(x)$").isWhole(1)).isTrue();
		// something other than an assertion beside the group, or the group repeated
		assertThat(PatternShape.of("\\b(x) y").isWhole(1)).isFalse();
		assertThat(PatternShape.of("(x)+").isWhole(1)).isFalse();
		assertThat(PatternShape.of("(?:x)").isWhole(1)).isFalse();
		// an optional boundary, or alternatives at the top, promise nothing
		assertThat(PatternShape.of("\\b?x").atWordBoundary()).isFalse();
		assertThat(PatternShape.of("\\bx|y").atWordBoundary()).isFalse();
		assertThat(PatternShape.of("\\b(x)|(y)").isWhole(1)).isFalse();
		assertThat(PatternShape.of("x").isWhole(0)).isTrue();
	}

	private static RegexSyntax.Node only(String regex) {
		List<RegexSyntax.Item> items = ((Sequence) RegexSyntax.parse(regex)).items();
		assertThat(items).hasSize(1);
		return items.get(0).node();
	}

	/** The characters of a sequence of literals. */
	private static String letters(RegexSyntax.Node sequence) {
		StringBuilder letters = new StringBuilder();
		for (RegexSyntax.Item item : ((Sequence) sequence).items()) {
			letters.appendCodePoint(((Literal) item.node()).codePoint());
		}
		return letters.toString();
	}

}
