package org.pomegranate.facilities;

import java.util.UUID;

/** A facility as lists show it. */
public record FacilitySummary(UUID id, UUID unitId, String unitName, FacilityKind kind, String name, String address,
		int rooms) {
}
