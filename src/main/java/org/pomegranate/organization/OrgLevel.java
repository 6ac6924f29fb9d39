package org.pomegranate.organization;

import java.util.regex.Pattern;

/**
 * The levels of the organisation tree, top to bottom, each with the form of its statistical code
 * (统计用区划代码): a prefecture {@code 632800}, a county {@code 632801}, a street or town the
 * county's code plus three digits, a community (居委会) twelve digits. Grids have no national
 * code; an office may give them a local one of letters, digits and hyphens.
 */
public enum OrgLevel {
	PREFECTURE("\\d{4}00"), COUNTY("\\d{6}"), STREET("\\d{9}"), COMMUNITY("\\d{12}"), GRID("[0-9A-Za-z-]{1,20}");

	private final Pattern code;

	OrgLevel(String code) {
		this.code = Pattern.compile(code);
	}

	/** The level directly below, or {@code null} for a grid. */
	public OrgLevel below() {
		return this == GRID ? null : values()[ordinal() + 1];
	}

	/** The level directly above, or {@code null} for a prefecture. */
	public OrgLevel above() {
		return this == PREFECTURE ? null : values()[ordinal() - 1];
	}

	/** Whether the code has this level's form. */
	public boolean fitsCode(String candidate) {
		return candidate != null && code.matcher(candidate).matches();
	}
}
