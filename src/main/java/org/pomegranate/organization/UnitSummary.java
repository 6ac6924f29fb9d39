package org.pomegranate.organization;

import java.util.List;

/**
 * One line of a unit page contributed by another module: a count and, optionally, the items
 * behind it (for example the staff of the unit).
 *
 * @param labelKey message key of the label
 */
public record UnitSummary(String labelKey, long count, List<String> items) {

	public static UnitSummary count(String labelKey, long count) {
		return new UnitSummary(labelKey, count, List.of());
	}
}
