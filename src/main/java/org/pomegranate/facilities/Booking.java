package org.pomegranate.facilities;

import java.time.Instant;
import java.util.UUID;

/**
 * One booking of a room. It names who asked only by kind, and the organisation when an
 * organisation asked: a resident's name is never shown on a room's calendar.
 *
 * @param requesterName the staff member's name for staff bookings, the organisation for an
 *                      organisation's, {@code null} for residents and for callers who may not see it
 * @param mine          whether the caller asked for it (and so may cancel it)
 * @param manageable    whether the caller manages the facility (and so may approve, decline, cancel)
 */
public record Booking(UUID id, UUID roomId, String roomName, UUID facilityId, String facilityName, Instant start,
		Instant end, String purpose, Integer attendees, BookingStatus status, RequesterKind requesterKind,
		String requesterName, Instant requestedAt, String decisionReason, boolean mine, boolean manageable) {
}
