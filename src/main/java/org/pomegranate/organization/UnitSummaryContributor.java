package org.pomegranate.organization;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Lets modules above the organisation tree (registry, identity, …) add what they know about a
 * unit to its page without the tree depending on them.
 */
public interface UnitSummaryContributor {

	/**
	 * @param unit    the unit shown
	 * @param subtree ids of the unit and every unit below it
	 */
	List<UnitSummary> summarize(OrgUnit unit, Set<UUID> subtree);
}
