package org.pomegranate.organization;

import java.util.List;

/**
 * Lets modules above the organisation tree (registry, identity, …) add what they know about a
 * unit to its page without the tree depending on them. A unit page may be the prefecture's, so a
 * contributor reads kept counts or rollups, never rows that grow with the years.
 */
public interface UnitSummaryContributor {

	/**
	 * @param unit   the unit shown (its {@link OrgUnit#path()} selects its subtree)
	 * @param counts the head counts kept for the unit and every unit below it
	 */
	List<UnitSummary> summarize(OrgUnit unit, HeadCounts counts);
}
