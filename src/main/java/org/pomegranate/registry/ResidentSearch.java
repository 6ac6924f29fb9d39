package org.pomegranate.registry;

/**
 * How staff find residents: part of a name, the last four digits of a phone, or part of an
 * address (compound or building). Blank fields are ignored. Ethnicity is deliberately not a
 * criterion.
 */
public record ResidentSearch(String name, String phoneSuffix, String address, boolean includeEnded) {

	public static ResidentSearch byName(String name) {
		return new ResidentSearch(name, null, null, false);
	}
}
