package uk.secondopinion.engine.recognise;

import java.util.Map;

/**
 * An Aho–Corasick automaton over a set of strings, finding every occurrence of each in
 * one pass over a text. The library builds it as a double-array trie ({@link BuiltTrie});
 * it is then laid out again so that a state's base, check, failure link and outputs sit
 * side by side. The library keeps each in an array of its own, several times the size of
 * a processor's nearest caches, so each step of its own pass read four places far apart;
 * a step here reads one.
 */
final class LiteralAutomaton<V> {

	/**
	 * What the automaton reports: a string found between {@code start} and {@code end}.
	 */
	interface Occurrence<V> {

		void found(int start, int end, V value);

	}

	private static final int ROOT = 0;

	/**
	 * Ints a state takes in {@link #cells}: its base, check, failure link and first
	 * output.
	 */
	private static final int STRIDE = 4;

	private static final int BASE = 0;

	private static final int CHECK = 1;

	private static final int FAIL = 2;

	private static final int FIRST_OUTPUT = 3;

	private static final int NO_OUTPUT = -1;

	private final int[] cells;

	/**
	 * Each state's outputs (the strings ending there, as indexes into {@link #lengths}
	 * and {@link #values}), one list after another, each ended by {@link #NO_OUTPUT}.
	 */
	private final int[] outputs;

	private final int[] lengths;

	private final Object[] values;

	LiteralAutomaton(Map<String, V> strings) {
		BuiltTrie<V> built = new BuiltTrie<>(strings);
		int states = built.statesInUse();
		this.cells = new int[states * STRIDE];
		int outputCount = 0;
		for (int state = 0; state < states; state++) {
			int[] output = built.output(state);
			outputCount += (output != null) ? output.length + 1 : 0;
		}
		this.outputs = new int[outputCount];
		int next = 0;
		for (int state = 0; state < states; state++) {
			int cell = state * STRIDE;
			this.cells[cell + BASE] = built.base(state);
			this.cells[cell + CHECK] = built.check(state);
			this.cells[cell + FAIL] = built.fail(state);
			int[] output = built.output(state);
			if (output == null) {
				this.cells[cell + FIRST_OUTPUT] = NO_OUTPUT;
				continue;
			}
			this.cells[cell + FIRST_OUTPUT] = next;
			for (int string : output) {
				this.outputs[next++] = string;
			}
			this.outputs[next++] = NO_OUTPUT;
		}
		this.lengths = built.lengths();
		this.values = built.values();
	}

	/**
	 * Reports every occurrence of every string in {@code text}, in order of their ends.
	 */
	@SuppressWarnings("unchecked")
	void find(char[] text, Occurrence<V> occurrence) {
		int state = ROOT;
		for (int end = 1; end <= text.length; end++) {
			char c = text[end - 1];
			int next = next(state, c);
			while (next < 0) {
				state = this.cells[state * STRIDE + FAIL];
				next = next(state, c);
			}
			state = next;
			int first = this.cells[state * STRIDE + FIRST_OUTPUT];
			if (first != NO_OUTPUT) {
				for (int i = first; this.outputs[i] != NO_OUTPUT; i++) {
					int string = this.outputs[i];
					occurrence.found(end - this.lengths[string], end, (V) this.values[string]);
				}
			}
		}
	}

	/** The state after {@code c}: from the root always one, from elsewhere -1 if none. */
	private int next(int state, char c) {
		int base = this.cells[state * STRIDE + BASE];
		int next = base + c + 1;
		if (next >= 0 && next < this.cells.length / STRIDE && this.cells[next * STRIDE + CHECK] == base) {
			return next;
		}
		return (state == ROOT) ? ROOT : -1;
	}

}
