package org.pomegranate.organization;

import java.util.Locale;
import java.util.UUID;

import org.pomegranate.shared.Names;

/**
 * A unit of the organisation tree as other modules see it.
 *
 * @param code   its statistical code, {@code null} where it has none (most grids)
 * @param nameEn optional, like {@code nameBo} (Tibetan) and {@code nameMn} (Mongolian)
 * @param path   ids from the root down to this unit, as {@code /id/id/.../}
 * @param closed a closed unit keeps its history but takes no new children, staff or places
 */
public record OrgUnit(UUID id, UUID parentId, String code, String nameZh, String nameEn, String nameBo,
		String nameMn, OrgLevel level, String path, boolean closed) {

	/** An open unit named in Chinese and English only (tests, older callers). */
	public OrgUnit(UUID id, UUID parentId, String code, String nameZh, String nameEn, OrgLevel level, String path) {
		this(id, parentId, code, nameZh, nameEn, null, null, level, path, false);
	}

	/** The name in the reader's language where given, Chinese otherwise. */
	public String name(Locale locale) {
		return Names.inLanguage(locale, nameZh, nameEn, nameBo, nameMn);
	}

	public UnitNames names() {
		return new UnitNames(nameZh, nameEn, nameBo, nameMn);
	}

	/** Whether the other unit lies at or below this one. */
	public boolean contains(OrgUnit other) {
		return other.path().startsWith(path);
	}
}
