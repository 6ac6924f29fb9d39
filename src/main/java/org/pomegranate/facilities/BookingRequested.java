package org.pomegranate.facilities;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone asked for a room; the facility's manager has it in the queue. Published in the transaction of the act; carries the slot and the owning unit, never the
 * requester's name.
 */
public record BookingRequested(UUID bookingId, UUID roomId, UUID facilityId, UUID unitId, Instant start, Instant end) {
}
