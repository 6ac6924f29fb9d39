package org.pomegranate.facilities;

import java.time.Instant;
import java.util.UUID;

/**
 * The manager declined, with a reason the requester reads. Published in the transaction of the act; carries the slot and the owning unit, never the
 * requester's name.
 */
public record BookingDeclined(UUID bookingId, UUID roomId, UUID facilityId, UUID unitId, Instant start, Instant end) {
}
