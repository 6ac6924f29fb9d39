package org.pomegranate.activities;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An activity as everyone sees it: no resident's data.
 *
 * @param audienceName {@code null} when open to everyone
 * @param taken   confirmed places
 * @param waiting sign-ups on the waiting list
 */
public record Activity(UUID id, ActivityKind kind, UUID organiserUnitId, Localized organiserName,
		UUID audienceCommunityId, Localized audienceName, UUID homeUnitId, Localized title, Localized description,
		UUID venueBookingId, String venueAddress, Instant startsAt, Instant endsAt, int capacity, int taken,
		int waiting, String festivalCode, boolean cancelled, List<CoOrganiser> coOrganisers) {

	public int freePlaces() {
		return Math.max(0, capacity - taken);
	}

	/** Over once it has ended — nobody signs up or checks in after. */
	public boolean isOver(Instant now) {
		return !endsAt.isAfter(now);
	}
}
