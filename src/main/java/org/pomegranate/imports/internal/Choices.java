package org.pomegranate.imports.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pomegranate.organization.OrgLevel;
import org.pomegranate.registry.Ethnicity;
import org.pomegranate.registry.Gender;
import org.pomegranate.registry.Language;

/** The words a sheet may use for fixed values, as an office types them, and what they mean. */
final class Choices {

	static final Map<String, OrgLevel> LEVELS = ordered("州", OrgLevel.PREFECTURE, "市县", OrgLevel.COUNTY, "街道乡镇",
			OrgLevel.STREET, "社区", OrgLevel.COMMUNITY, "网格", OrgLevel.GRID);
	static final Map<String, Gender> GENDERS = ordered("女", Gender.FEMALE, "男", Gender.MALE);
	static final Map<String, Language> LANGUAGES = ordered("中文", Language.ZH, "藏文", Language.BO, "蒙古文",
			Language.MN, "英文", Language.EN);
	static final Map<String, Ethnicity> ETHNICITIES = ordered("汉族", Ethnicity.HAN, "回族", Ethnicity.HUI, "藏族",
			Ethnicity.TIBETAN, "蒙古族", Ethnicity.MONGOL, "土族", Ethnicity.TU, "撒拉族", Ethnicity.SALAR, "其他",
			Ethnicity.OTHER);
	static final Map<String, Boolean> YES_NO = ordered("是", true, "否", false);
	static final List<Map<String, ?>> ALL = List.of(LEVELS, GENDERS, LANGUAGES, ETHNICITIES, YES_NO);

	private Choices() {
	}

	static List<String> words(Map<String, ?> choices) {
		return List.copyOf(choices.keySet());
	}

	/** The value for a word of the list, or for the enum's own name (MALE, zh): both are accepted. */
	static <T> Optional<T> read(Map<String, T> choices, String word) {
		if (word == null) {
			return Optional.empty();
		}
		T value = choices.get(word.trim());
		if (value != null) {
			return Optional.of(value);
		}
		return choices.values().stream().filter(v -> matchesName(v, word.trim())).findFirst();
	}

	private static boolean matchesName(Object value, String word) {
		if (value instanceof Language language && language.code().equalsIgnoreCase(word)) {
			return true;
		}
		if (value instanceof Boolean b) {
			return (b ? List.of("y", "yes", "true", "1") : List.of("n", "no", "false", "0")).contains(word.toLowerCase());
		}
		return value instanceof Enum<?> e && e.name().equalsIgnoreCase(word);
	}

	@SuppressWarnings("unchecked")
	private static <T> Map<String, T> ordered(Object... pairs) {
		Map<String, T> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], (T) pairs[i + 1]);
		}
		return java.util.Collections.unmodifiableMap(map);
	}
}
