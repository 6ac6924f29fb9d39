package org.pomegranate.activities;

/**
 * A body that runs an activity beside the organiser unit: a free-text name and its type. Enterprises,
 * army units, agencies and schools are not units of the tree, so they are named, not referenced.
 */
public record CoOrganiser(String name, Type type) {

	public enum Type {
		ENTERPRISE, ARMY_UNIT, AGENCY, SCHOOL, OTHER
	}
}
