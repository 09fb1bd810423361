package uk.secondopinion.engine.interpret;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.secondopinion.engine.recognise.Hit;

/** Every hit in a draft, by concept and in text order. */
public final class Hits {

	private static final Comparator<Hit> TEXT_ORDER = Comparator.comparingInt(Hit::start)
		.thenComparing(Comparator.comparingInt(Hit::end).reversed());

	private final Map<String, List<Hit>> byConcept = new HashMap<>();

	public Hits(List<Hit> hits) {
		List<Hit> sorted = new ArrayList<>(hits);
		sorted.sort(TEXT_ORDER);
		for (Hit hit : sorted) {
			this.byConcept.computeIfAbsent(hit.concept(), (key) -> new ArrayList<>()).add(hit);
		}
	}

	public List<Hit> of(String concept) {
		return this.byConcept.getOrDefault(concept, List.of());
	}

	/** Whether {@code concept} has a hit starting in {@code [from, to)}. */
	public boolean anyIn(String concept, int from, int to) {
		return anyIn(of(concept), from, to);
	}

	/** Whether {@code hits}, in text order, has one starting in {@code [from, to)}. */
	static boolean anyIn(List<Hit> hits, int from, int to) {
		int first = firstFrom(hits, from);
		return first < hits.size() && hits.get(first).start() < to;
	}

	/**
	 * The index in {@code hits} (a list {@link #of} gave) of the first hit starting at or
	 * after {@code offset}, or its size: a binary search, so that looking around every
	 * hit of a long draft stays linear.
	 */
	static int firstFrom(List<Hit> hits, int offset) {
		int low = 0;
		int high = hits.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (hits.get(mid).start() < offset) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

}
