package uk.secondopinion.check;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores spans compactly as "start-end" pairs separated by commas. */
@Converter
class SpanListConverter implements AttributeConverter<List<StoredSpan>, String> {

	@Override
	public String convertToDatabaseColumn(List<StoredSpan> spans) {
		StringBuilder out = new StringBuilder();
		for (StoredSpan span : spans) {
			if (!out.isEmpty()) {
				out.append(',');
			}
			out.append(span.start()).append('-').append(span.end());
		}
		return out.toString();
	}

	@Override
	public List<StoredSpan> convertToEntityAttribute(String column) {
		List<StoredSpan> spans = new ArrayList<>();
		if (column == null || column.isEmpty()) {
			return spans;
		}
		for (String pair : column.split(",")) {
			int dash = pair.indexOf('-');
			spans.add(new StoredSpan(Integer.parseInt(pair.substring(0, dash)),
					Integer.parseInt(pair.substring(dash + 1))));
		}
		return spans;
	}

}
