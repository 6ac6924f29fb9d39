package org.pomegranate.identity;

import java.util.Set;
import java.util.UUID;

/**
 * The org units a staff member may see: their unit and everything below it. Queries filter on
 * {@link #unitIds()}; single records are checked with {@link #contains(UUID)}.
 */
public record Scope(UUID root, Set<UUID> unitIds) {

	public static final Scope NONE = new Scope(null, Set.of());

	public Scope {
		unitIds = Set.copyOf(unitIds);
	}

	public boolean contains(UUID unitId) {
		return unitId != null && unitIds.contains(unitId);
	}

	/** For SQL {@code = any(?)} parameters. */
	public UUID[] asArray() {
		return unitIds.toArray(UUID[]::new);
	}
}
