package org.pomegranate.organization;

import java.util.List;
import java.util.UUID;

/**
 * Lets the modules that keep things in a unit (places, requests) say what a unit still holds, so
 * closing it can be refused until they are moved away, without the tree reading their tables.
 */
public interface UnitClosingCheck {

	/**
	 * What the unit itself still holds (not its children: those must be closed first), as counts
	 * with their message keys; empty when nothing keeps it open. Called with the unit's row locked.
	 */
	List<UnitSummary> stillHeld(UUID unitId);
}
