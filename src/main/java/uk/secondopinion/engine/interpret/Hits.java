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
		for (Hit hit : of(concept)) {
			if (hit.start() >= to) {
				return false;
			}
			if (hit.start() >= from) {
				return true;
			}
		}
		return false;
	}

}
