package org.pomegranate.facilities;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a room's public calendar feed shows: the room and its approved bookings by slot and purpose,
 * never who asked.
 */
public record RoomFeed(UUID roomId, String roomName, String facilityName, String address, List<Entry> entries) {

	/** One approved booking. */
	public record Entry(UUID bookingId, Instant start, Instant end, String purpose, Instant stamp) {
	}
}
