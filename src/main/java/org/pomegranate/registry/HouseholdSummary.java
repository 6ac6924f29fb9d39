package org.pomegranate.registry;

import java.util.UUID;

public record HouseholdSummary(UUID id, String address, UUID gridId, long residentCount, boolean resettled) {
}
