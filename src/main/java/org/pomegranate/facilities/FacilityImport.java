package org.pomegranate.facilities;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.facilities.internal.BookingRepository;
import org.pomegranate.facilities.internal.FacilityRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes facilities, rooms and bookings without a signed-in user: for the demo loader (and a
 * future import), inside the caller's transaction. The exclusion constraint still holds: an
 * overlapping approved booking fails the caller's transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class FacilityImport {

	private final FacilityRepository facilities;
	private final BookingRepository bookings;

	FacilityImport(FacilityRepository facilities, BookingRepository bookings) {
		this.facilities = facilities;
		this.bookings = bookings;
	}

	public UUID addFacility(UUID unitId, FacilityKind kind, String name, String address, String phone, LocalTime opensAt,
			LocalTime closesAt, Set<DayOfWeek> openDays, String accessibility, String description, Instant at) {
		UUID id = UUID.randomUUID();
		facilities.insert(id, new FacilityRepository.Fields(unitId, kind, name, address, phone, opensAt, closesAt,
				openDays, accessibility, description), at);
		return id;
	}

	public UUID addRoom(UUID facilityId, String name, int capacity, String equipment) {
		UUID id = UUID.randomUUID();
		facilities.insertRoom(id, facilityId, name, capacity, equipment);
		return id;
	}

	/**
	 * A booking as it stands after its story.
	 *
	 * @param decidedBy the manager who approved or declined, {@code null} while pending
	 */
	public record PastBooking(UUID roomId, Instant start, Instant end, String purpose, Integer attendees,
			BookingStatus status, RequesterKind requesterKind, UUID requesterAccountId, String organisation,
			Instant requestedAt, UUID decidedBy, String reason) {
	}

	/** Writes many bookings in one batch. */
	public void addBookings(List<PastBooking> all) {
		bookings.insertAll(all.stream().map(b -> new BookingRepository.Imported(UUID.randomUUID(), b.roomId(), b.start(),
				b.end(), b.purpose(), b.attendees(), b.status(), b.requesterKind(), b.requesterAccountId(),
				b.organisation(), b.requestedAt(), b.decidedBy(), b.reason())).toList());
	}
}
