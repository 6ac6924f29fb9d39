package org.pomegranate.facilities;

import java.time.Instant;
import java.util.UUID;

/**
 * The manager approved: the room is held for the slot (an activity may now use it as its venue). Published in the transaction of the act; carries the slot and the owning unit, never the
 * requester's name.
 */
public record BookingApproved(UUID bookingId, UUID roomId, UUID facilityId, UUID unitId, Instant start, Instant end) {
}
