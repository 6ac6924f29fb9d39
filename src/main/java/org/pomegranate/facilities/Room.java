package org.pomegranate.facilities;

import java.util.UUID;

/**
 * A bookable room of a facility.
 *
 * @param capacity  how many people it seats
 * @param equipment what it has (projector, stage, kitchen …), free text; may be {@code null}
 */
public record Room(UUID id, UUID facilityId, String name, int capacity, String equipment) {
}
