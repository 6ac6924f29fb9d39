package org.pomegranate.activities.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.pomegranate.activities.ActivityKind;
import org.pomegranate.activities.CoOrganiser;
import org.pomegranate.activities.Localized;

/** A checked activity; {@code start} and {@code end} already in instants. */
public record NewActivity(UUID id, ActivityKind kind, UUID organiserUnitId, UUID audienceCommunityId,
		UUID homeUnitId, Localized title, Localized description, UUID venueBookingId, String venueAddress,
		Instant startsAt, Instant endsAt, int capacity, String festivalCode, List<CoOrganiser> coOrganisers,
		UUID createdBy, Instant createdAt) {
}
