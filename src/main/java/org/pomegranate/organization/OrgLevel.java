package org.pomegranate.organization;

/** The levels of the organisation tree, top to bottom. */
public enum OrgLevel {
	PREFECTURE, COUNTY, STREET, COMMUNITY, GRID;

	/** The level directly below, or {@code null} for a grid. */
	public OrgLevel below() {
		return this == GRID ? null : values()[ordinal() + 1];
	}
}
