package org.pomegranate.registry;

import java.util.UUID;

/**
 * A building of a compound: its grid decides who serves its households.
 *
 * @param households households recorded in the building that still have someone living there
 */
public record BuildingView(UUID id, UUID compoundId, String compoundName, UUID gridId, String name, boolean retired,
		long households) {
}
