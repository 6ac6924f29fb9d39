package org.pomegranate.volunteers;

import java.time.Instant;
import java.util.UUID;

/** A time slot of an opportunity with the number of volunteers needed and how many signed up. */
public record Shift(UUID id, UUID opportunityId, Instant startsAt, Instant endsAt, int needed, int signedUp) {

	public int placesLeft() {
		return needed - signedUp;
	}
}
