package uk.secondopinion.check;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a check's findings as one JSON array in the check's own row, so storing a check
 * is one insert, not one per finding (docs/performance.md). The mapper is this class's
 * own, so the stored format never follows changes to the API's JSON settings.
 */
@Converter
class FindingListConverter implements AttributeConverter<List<StoredFinding>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<StoredFinding>> FINDINGS = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(List<StoredFinding> findings) {
		return JSON.writeValueAsString(findings);
	}

	@Override
	public List<StoredFinding> convertToEntityAttribute(String column) {
		return JSON.readValue(column, FINDINGS);
	}

}
