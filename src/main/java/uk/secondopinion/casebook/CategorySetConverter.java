package uk.secondopinion.casebook;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import uk.secondopinion.engine.Category;

/** Stores a set of risk categories as their codes in one comma-separated column. */
@Converter
public class CategorySetConverter implements AttributeConverter<Set<Category>, String> {

	@Override
	public String convertToDatabaseColumn(Set<Category> categories) {
		return sorted(categories).stream().map(Category::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<Category> convertToEntityAttribute(String column) {
		if (column == null || column.isEmpty()) {
			return sorted(Set.of());
		}
		return sorted(Arrays.stream(column.split(",")).map(Category::valueOf).toList());
	}

	/** The categories in their usual order, unmodifiable. */
	public static Set<Category> sorted(Collection<Category> categories) {
		EnumSet<Category> set = EnumSet.noneOf(Category.class);
		if (categories != null) {
			set.addAll(categories);
		}
		return Collections.unmodifiableSet(set);
	}

}
