package org.pomegranate.facilities;

import java.time.Instant;
import java.util.UUID;

/**
 * A request for a room.
 *
 * @param start        inclusive
 * @param end          exclusive
 * @param attendees    how many are expected; may be {@code null}, at most the room's capacity
 * @param organisation staff only: the organisation the booking is for (a school, an association);
 *                     {@code null} books for the staff member's own work or for a resident's own
 */
public record NewBooking(UUID roomId, Instant start, Instant end, String purpose, Integer attendees,
		String organisation) {
}
