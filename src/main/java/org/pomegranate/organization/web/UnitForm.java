package org.pomegranate.organization.web;

import java.util.UUID;

import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.UnitNames;

/** The names and code of a unit as typed on the tree page, and where to hang it. */
record UnitForm(UUID parentId, String code, String nameZh, String nameEn, String nameBo, String nameMn) {

	static UnitForm empty(UUID parentId) {
		return new UnitForm(parentId, "", "", "", "", "");
	}

	static UnitForm of(OrgUnit unit) {
		return new UnitForm(unit.parentId(), unit.code(), unit.nameZh(), unit.nameEn(), unit.nameBo(), unit.nameMn());
	}

	UnitNames names() {
		return new UnitNames(nameZh, nameEn, nameBo, nameMn);
	}
}
