package org.pomegranate.facilities;

import java.time.Instant;
import java.util.UUID;

/**
 * The requester or the facility's manager cancelled a booking. Published in the transaction of the
 * act; carries the slot and the owning unit, never the requester's name.
 *
 * @param wasApproved whether the slot had been held (an activity held there loses its venue)
 */
public record BookingCancelled(UUID bookingId, UUID roomId, UUID facilityId, UUID unitId, Instant start, Instant end,
		boolean wasApproved) {
}
