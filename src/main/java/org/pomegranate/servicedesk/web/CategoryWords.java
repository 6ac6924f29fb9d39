package org.pomegranate.servicedesk.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.pomegranate.servicedesk.CategoryField;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceCategory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The catalogue in the reader's language, for the portal and the workbench alike. */
@Component
class CategoryWords {

	private final ServiceCatalogue catalogue;

	CategoryWords(ServiceCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** Category names by id, for a list of requests. */
	Map<UUID, String> categoryNames() {
		Locale locale = LocaleContextHolder.getLocale();
		return catalogue.all().stream().collect(Collectors.toMap(ServiceCategory::id, c -> c.name().in(locale)));
	}

	/** The category's questions that were answered, in the form's order, with the chosen options' labels. */
	List<Answer> answers(ServiceCategory category, Map<String, Object> extra) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Answer> answers = new ArrayList<>();
		for (CategoryField field : category.fields()) {
			Object value = extra.get(field.code());
			if (value != null) {
				List<String> parts = value instanceof Collection<?> c ? c.stream().map(String::valueOf).toList()
						: List.of(String.valueOf(value));
				answers.add(new Answer(field.label().in(locale), parts.stream()
					.map(p -> field.options().stream().filter(o -> o.code().equals(p)).findFirst()
						.map(o -> o.label().in(locale)).orElse(p))
					.toList(), field.isChoice()));
			}
		}
		return answers;
	}

	/** @param values one text, or the labels of the options chosen */
	record Answer(String label, List<String> values, boolean choice) {
	}
}
