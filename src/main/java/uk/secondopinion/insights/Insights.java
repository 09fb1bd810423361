package uk.secondopinion.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.secondopinion.engine.Category;

/** Reads the weekly tallies for trainers. */
@Service
public class Insights {

	/** The spans a trainer can choose, in weeks. */
	public static final List<Integer> SPANS = List.of(4, 12, 26, 52);

	private final InsightsRepository tallies;

	private final Clock clock;

	Insights(InsightsRepository tallies, Clock clock) {
		this.tallies = tallies;
		this.clock = clock;
	}

	/**
	 * The last {@code span} weeks, this one included, looking closely at one category.
	 */
	@Transactional(readOnly = true)
	public InsightsReport lastWeeks(int span, Category focus) {
		LocalDate thisWeek = InsightsRecorder.thisWeek(this.clock);
		LocalDate from = thisWeek.minusWeeks(span - 1L);
		return InsightsReport.of(span, thisWeek, this.tallies.checksSince(from), this.tallies.findingsSince(from),
				focus);
	}

}
