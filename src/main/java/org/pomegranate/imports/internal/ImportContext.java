package org.pomegranate.imports.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.organization.OrgUnit;
import org.pomegranate.registry.BuildingOption;

/**
 * What the checks of one file share: the importer's scope and small caches of what was looked
 * up, bounded so that a long file does not grow them without end.
 *
 * @param scope the units the importer may write into; {@code null} for the administrator (all)
 */
public record ImportContext(UUID jobId, Set<UUID> scope, Map<String, Optional<OrgUnit>> units,
		Map<String, Optional<BuildingOption>> buildings, Map<String, FileUnit> fileUnits) {

	private static final int CACHE = 10_000;

	public static ImportContext of(UUID jobId, Set<UUID> scope) {
		return new ImportContext(jobId, scope, bounded(), bounded(), new HashMap<>());
	}

	public boolean inScope(UUID unitId) {
		return scope == null || (unitId != null && scope.contains(unitId));
	}

	/** A unit row of the file being checked, for the checks that need the whole file (loops). */
	public record FileUnit(int rowNo, String parentCode, String level) {
	}

	private static <V> Map<String, V> bounded() {
		return new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
				return size() > CACHE;
			}
		};
	}
}
