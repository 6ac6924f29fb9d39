package org.pomegranate.registry;

import java.util.UUID;

/** A compound (小区) of a community with the number of its buildings in service. */
public record CompoundView(UUID id, UUID communityId, String name, String address, long buildings) {
}
