package org.pomegranate.registry;

import java.util.UUID;

/** A building to choose in a form, labelled with its compound. */
public record BuildingOption(UUID id, String label, UUID gridId) {
}
