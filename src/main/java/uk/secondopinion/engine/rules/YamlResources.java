package uk.secondopinion.engine.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the engine's data files (rule packs, concepts, guidance) strictly from the class
 * path.
 */
public final class YamlResources {

	private static final YAMLMapper MAPPER = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
		.build();

	private YamlResources() {
	}

	public static <T> T read(String resource, Class<T> type) {
		try (InputStream in = YamlResources.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing data file " + resource);
			}
			// Parsed from the whole text, so that the parser meets the same chunks
			// whether the file comes from a jar or from disk.
			return MAPPER.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + resource, ex);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("Could not read " + resource + ": " + ex.getOriginalMessage(), ex);
		}
	}

}
