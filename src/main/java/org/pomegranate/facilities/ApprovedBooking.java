package org.pomegranate.facilities;

import java.time.Instant;
import java.util.UUID;

/**
 * An approved booking as a venue: where and when. For the activities module, which holds an
 * activity in a booked room. It carries no requester.
 *
 * @param unitId the unit that owns the facility
 * @param start  inclusive
 * @param end    exclusive
 */
public record ApprovedBooking(UUID bookingId, UUID roomId, String roomName, UUID facilityId, String facilityName,
		String address, UUID unitId, Instant start, Instant end, String purpose) {
}
