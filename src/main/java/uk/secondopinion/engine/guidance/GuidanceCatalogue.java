package uk.secondopinion.engine.guidance;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.secondopinion.engine.rules.YamlResources;

/** Every guidance point rules may cite, by id, in the order of the catalogue file. */
public final class GuidanceCatalogue {

	public static final String DEFAULT_RESOURCE = "guidance/guidance.yaml";

	private final Map<String, GuidancePoint> points;

	public GuidanceCatalogue(List<GuidancePoint> points) {
		Map<String, GuidancePoint> byId = new LinkedHashMap<>();
		for (GuidancePoint point : points) {
			require(point.id() != null && !point.id().isBlank(), "A guidance point has no id");
			require(point.body() != null && point.document() != null && point.reference() != null && point.url() != null
					&& point.summary() != null, "Guidance point " + point.id() + " is incomplete");
			require(point.url().startsWith("https://"), "Guidance point " + point.id() + " must link over https");
			require(byId.put(point.id(), point) == null, "Guidance point " + point.id() + " is listed twice");
		}
		this.points = Collections.unmodifiableMap(byId);
	}

	public static GuidanceCatalogue load(String resource) {
		return new GuidanceCatalogue(YamlResources.read(resource, CatalogueFile.class).points());
	}

	public Optional<GuidancePoint> find(String id) {
		return Optional.ofNullable(this.points.get(id));
	}

	public GuidancePoint get(String id) {
		return find(id).orElseThrow(() -> new IllegalArgumentException("No guidance point " + id));
	}

	public Collection<GuidancePoint> all() {
		return this.points.values();
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalStateException(message);
		}
	}

	record CatalogueFile(List<GuidancePoint> points) {

	}

}
