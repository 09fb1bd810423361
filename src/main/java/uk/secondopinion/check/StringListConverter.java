package uk.secondopinion.check;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a list of ids (which never contain commas) as one comma-separated column. */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

	@Override
	public String convertToDatabaseColumn(List<String> values) {
		return String.join(",", values);
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		return (column == null || column.isEmpty()) ? List.of() : Arrays.asList(column.split(","));
	}

}
