package org.pomegranate.organization.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.UnitNames;
import org.pomegranate.shared.web.InvalidInputException;

/** Checks and tidies what a person or a file gives for a unit, field by field, before anything is written. */
final class UnitInput {

	static final int MAX_ZH = 100;
	static final int MAX_OTHER = 200;

	private UnitInput() {
	}

	/** Trimmed names, blanks as {@code null}; every problem at once, by field. */
	static UnitNames names(UnitNames names, Map<String, String> errors) {
		UnitNames given = names == null ? new UnitNames(null, null, null, null) : names;
		String zh = text(given.zh(), "nameZh", MAX_ZH, errors);
		if (zh == null && !errors.containsKey("nameZh")) {
			errors.put("nameZh", "error.unit.nameRequired");
		}
		return new UnitNames(zh, text(given.en(), "nameEn", MAX_OTHER, errors),
				text(given.bo(), "nameBo", MAX_OTHER, errors), text(given.mn(), "nameMn", MAX_OTHER, errors));
	}

	/** The code trimmed, {@code null} when not given; it must have its level's form. */
	static String code(String code, OrgLevel level, Map<String, String> errors) {
		String trimmed = code == null ? null : code.strip();
		if (trimmed == null || trimmed.isEmpty()) {
			return null;
		}
		if (level != null && !level.fitsCode(trimmed)) {
			errors.put("code", "error.unit.code." + level.name());
		}
		return trimmed;
	}

	static void throwIfAny(Map<String, String> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	static Map<String, String> errors() {
		return new LinkedHashMap<>();
	}

	private static String text(String value, String field, int max, Map<String, String> errors) {
		String trimmed = value == null ? null : value.strip();
		if (trimmed == null || trimmed.isEmpty()) {
			return null;
		}
		if (trimmed.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
			errors.put(field, "error.unit.control");
		}
		else if (trimmed.codePointCount(0, trimmed.length()) > max) {
			errors.put(field, "error.unit.nameTooLong");
		}
		return trimmed;
	}
}
