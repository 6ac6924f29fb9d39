package org.pomegranate.servicedesk.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pomegranate.servicedesk.CategoryField;
import org.pomegranate.servicedesk.FieldKind;
import org.pomegranate.servicedesk.ServiceCategory;
import org.springframework.ui.Model;

/**
 * The answers to a category's own questions, as the portal's request form and the staff intake
 * form both send them (fields named {@code extra.<code>}), and the model the shared partial
 * {@code servicedesk/partials/extra-fields} draws them from.
 */
final class ExtraAnswers {

	static final String PREFIX = "extra.";

	/** The partial alone, as htmx swaps it in when the category changes. */
	static final String FRAGMENT = "servicedesk/partials/extra-fields :: fields";

	private ExtraAnswers() {
	}

	/**
	 * The answers as typed, by field code, blanks left out. Only the chosen category's questions
	 * count: a question left over from an earlier choice is dropped.
	 */
	static Map<String, List<String>> read(ServiceCategory category, Map<String, String[]> params) {
		Map<String, List<String>> given = new LinkedHashMap<>();
		if (category == null) {
			return given;
		}
		for (CategoryField field : category.fields()) {
			String[] values = params.get(PREFIX + field.code());
			if (values != null) {
				given.put(field.code(), List.of(values).stream().filter(v -> !v.isBlank()).toList());
			}
		}
		return given;
	}

	/** The answers as the desk takes them: a string per question, a list for a multiple choice. */
	static Map<String, Object> forIntake(ServiceCategory category, Map<String, List<String>> given) {
		Map<String, Object> extra = new LinkedHashMap<>();
		if (category == null) {
			return extra;
		}
		for (CategoryField field : category.fields()) {
			List<String> values = given.get(field.code());
			if (values != null) {
				extra.put(field.code(), field.kind() == FieldKind.MULTIPLE_CHOICE ? values
						: values.isEmpty() ? "" : values.get(0));
			}
		}
		return extra;
	}

	/**
	 * Puts what the partial draws into the model.
	 *
	 * @param errors message keys by field name; the partial reads those named {@code extra.<code>}
	 * @param roomy  the portal's larger type and tiles for residents, rather than the compact staff form
	 */
	static void show(Model model, ServiceCategory category, Map<String, List<String>> given,
			Map<String, String> errors, boolean roomy) {
		model.addAttribute("category", category);
		model.addAttribute("answers", given);
		model.addAttribute("errors", errors);
		model.addAttribute("roomy", roomy);
	}

	/** The empty questions of a newly chosen category, for htmx to swap in. */
	static String fresh(Model model, ServiceCategory category, boolean roomy) {
		show(model, category, Map.of(), Map.of(), roomy);
		return FRAGMENT;
	}
}
