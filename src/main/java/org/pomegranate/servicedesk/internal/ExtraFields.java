package org.pomegranate.servicedesk.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pomegranate.servicedesk.CategoryField;
import org.pomegranate.servicedesk.ServiceCategory;
import org.pomegranate.shared.web.ControlCharacters;
import org.pomegranate.shared.web.InvalidInputException;

/**
 * Checks the answers to a category's extra fields and keeps them in a plain form: a string per
 * field, a list of strings for a multiple choice. Errors name the field as {@code extra.<code>}.
 */
public final class ExtraFields {

	static final int MAX_TEXT = 500;

	private ExtraFields() {
	}

	public static Map<String, Object> check(ServiceCategory category, Map<String, Object> answers) {
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, Object> clean = new LinkedHashMap<>();
		for (String code : answers.keySet()) {
			if (category.fields().stream().noneMatch(f -> f.code().equals(code))) {
				errors.put("extra." + code, "error.extra.unknown");
			}
		}
		for (CategoryField field : category.fields()) {
			Object value = answers.get(field.code());
			String error = blank(value) ? (field.required() ? "error.required" : null) : problem(field, value);
			if (error != null) {
				errors.put("extra." + field.code(), error);
			}
			else if (!blank(value)) {
				clean.put(field.code(), normal(field, value));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return clean;
	}

	private static boolean blank(Object value) {
		return value == null || (value instanceof String s && s.isBlank())
				|| (value instanceof Collection<?> c && c.stream().allMatch(ExtraFields::blank));
	}

	private static String problem(CategoryField field, Object value) {
		if (field.kind() == org.pomegranate.servicedesk.FieldKind.MULTIPLE_CHOICE) {
			List<String> choices = choices(value);
			return choices.stream().allMatch(field::allows) ? null : "error.extra.choice";
		}
		if (!(value instanceof String) && !(value instanceof Number)) {
			return "error.field.type";
		}
		String text = value.toString().strip();
		// answers arrive as untyped JSON or raw form parameters, past the binder's check: check them here
		if (ControlCharacters.present(text)) {
			return ControlCharacters.MESSAGE;
		}
		return switch (field.kind()) {
			case TEXT -> text.length() > MAX_TEXT ? "error.extra.tooLong" : null;
			case NUMBER -> isNumber(text) ? null : "error.field.type";
			case DATE -> isDate(text) ? null : "error.field.type";
			case SINGLE_CHOICE -> field.allows(text) ? null : "error.extra.choice";
			default -> null;
		};
	}

	private static Object normal(CategoryField field, Object value) {
		return field.kind() == org.pomegranate.servicedesk.FieldKind.MULTIPLE_CHOICE ? choices(value)
				: value.toString().strip();
	}

	private static List<String> choices(Object value) {
		if (value instanceof Collection<?> c) {
			return c.stream().filter(v -> !blank(v)).map(v -> v.toString().strip()).distinct().toList();
		}
		return List.of(value.toString().strip());
	}

	private static boolean isNumber(String text) {
		try {
			new BigDecimal(text);
			return text.length() <= 20;
		}
		catch (NumberFormatException e) {
			return false;
		}
	}

	private static boolean isDate(String text) {
		try {
			LocalDate.parse(text);
			return true;
		}
		catch (DateTimeParseException e) {
			return false;
		}
	}
}
