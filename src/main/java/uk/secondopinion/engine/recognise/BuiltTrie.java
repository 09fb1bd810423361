package uk.secondopinion.engine.recognise;

import java.util.Map;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

/**
 * A double-array trie as the library builds it, opened so that its arrays can be laid out
 * again for reading ({@link LiteralAutomaton}, {@link PhraseRecognizer}). State
 * {@code s}'s transition on {@code c} leads to {@code base(s) + c + 1} when that state's
 * check is {@code base(s)}.
 */
final class BuiltTrie<V> extends AhoCorasickDoubleArrayTrie<V> {

	BuiltTrie(Map<String, V> strings) {
		build(strings);
	}

	/**
	 * How many states are in use, as many as the failure links and outputs cover: the
	 * base and check arrays leave room after them for a transition on any character,
	 * which leads nowhere.
	 */
	int statesInUse() {
		return this.fail.length;
	}

	int base(int state) {
		return this.base[state];
	}

	int check(int state) {
		return this.check[state];
	}

	/**
	 * The state reached by the longest proper suffix that is also a prefix of a string.
	 */
	int fail(int state) {
		return this.fail[state];
	}

	/**
	 * The strings ending at {@code state}, itself or a suffix, as indexes; null if none.
	 */
	int[] output(int state) {
		return this.output[state];
	}

	/** Each string's length, by index. */
	int[] lengths() {
		return this.l;
	}

	/** Each string's value, by index. */
	Object[] values() {
		return this.v;
	}

}
