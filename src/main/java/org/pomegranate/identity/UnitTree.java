package org.pomegranate.identity;

import java.util.Set;
import java.util.UUID;

/**
 * What identity needs to know about the organisation tree to compute a scope. The organisation
 * module implements it, so the tree can use identity (who is signed in) without a cycle.
 */
public interface UnitTree {

	/** Ids of the unit and every unit below it; empty when the unit does not exist. */
	Set<UUID> subtree(UUID unitId);
}
