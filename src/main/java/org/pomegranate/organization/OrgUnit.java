package org.pomegranate.organization;

import java.util.Locale;
import java.util.UUID;

/**
 * A unit of the organisation tree as other modules see it.
 *
 * @param path ids from the root down to this unit, as {@code /id/id/.../}
 */
public record OrgUnit(UUID id, UUID parentId, String code, String nameZh, String nameEn, OrgLevel level,
		String path) {

	/** The name in the reader's language: English for English readers, Chinese otherwise. */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}
}
