package uk.secondopinion.check;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

import uk.secondopinion.engine.Category;
import uk.secondopinion.engine.RiskLevel;
import uk.secondopinion.engine.report.CheckReport;
import uk.secondopinion.engine.report.Finding;

/**
 * What operators see of checking, with no text in it: how long the rule engine takes (a
 * histogram, so percentiles can be added up across instances), how many checks end at
 * each risk level, how many findings fall in each category, and the expiry purge.
 */
@Component
public class CheckMetrics {

	/** Whether a check was stored or only previewed. */
	enum Kind {

		STORED, PREVIEW;

		String tag() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	private final Map<Kind, Timer> durations = new EnumMap<>(Kind.class);

	private final Map<Kind, Map<RiskLevel, Counter>> results = new EnumMap<>(Kind.class);

	private final Map<Kind, Map<Category, Counter>> findings = new EnumMap<>(Kind.class);

	private final Counter purgeRuns;

	private final Counter purgedChecks;

	CheckMetrics(MeterRegistry registry) {
		for (Kind kind : Kind.values()) {
			this.durations.put(kind,
					Timer.builder("check.engine.duration")
						.description("Time the rule engine takes to check one draft")
						.tag("kind", kind.tag())
						.publishPercentileHistogram()
						.minimumExpectedValue(Duration.ofNanos(10_000))
						.maximumExpectedValue(Duration.ofSeconds(1))
						.register(registry));
			Map<RiskLevel, Counter> byRisk = new EnumMap<>(RiskLevel.class);
			for (RiskLevel risk : RiskLevel.values()) {
				byRisk.put(risk,
						Counter.builder("check.results")
							.description("Drafts checked, by overall risk")
							.tag("kind", kind.tag())
							.tag("risk", risk.name())
							.register(registry));
			}
			this.results.put(kind, byRisk);
			Map<Category, Counter> byCategory = new EnumMap<>(Category.class);
			for (Category category : Category.values()) {
				byCategory.put(category,
						Counter.builder("check.findings")
							.description("Findings reported, by risk category")
							.tag("kind", kind.tag())
							.tag("category", category.name())
							.register(registry));
			}
			this.findings.put(kind, byCategory);
		}
		this.purgeRuns = Counter.builder("check.purge.runs")
			.description("Times this instance ran the purge of expired checks")
			.register(registry);
		this.purgedChecks = Counter.builder("check.purge.deleted")
			.description("Expired checks deleted by this instance")
			.register(registry);
	}

	/** Runs a check of the given kind and records its time, risk and findings. */
	CheckReport record(Kind kind, Supplier<CheckReport> check) {
		long start = System.nanoTime();
		CheckReport report = check.get();
		this.durations.get(kind).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		this.results.get(kind).get(report.riskLevel()).increment();
		Map<Category, Counter> byCategory = this.findings.get(kind);
		for (Finding finding : report.findings()) {
			byCategory.get(finding.category()).increment();
		}
		return report;
	}

	void purged(int deleted) {
		this.purgeRuns.increment();
		this.purgedChecks.increment(deleted);
	}

}
