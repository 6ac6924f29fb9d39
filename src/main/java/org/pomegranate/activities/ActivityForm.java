package org.pomegranate.activities;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A new activity as staff describe it. Times are local (Asia/Shanghai), as on a notice board.
 *
 * @param organiserUnitId     the unit running it; {@code null} means the caller's own unit
 * @param audienceCommunityId the one community it is for; {@code null} means open to everyone
 * @param venueBookingId      an approved booking of a room (facilities), or {@code null} with an address
 * @param venueAddress        where it takes place when no booking is given
 * @param festivalCode        the {@link Festival} it was planned from, if any
 */
public record ActivityForm(ActivityKind kind, UUID organiserUnitId, UUID audienceCommunityId, Localized title,
		Localized description, UUID venueBookingId, String venueAddress, LocalDateTime startsAt,
		LocalDateTime endsAt, Integer capacity, String festivalCode, List<CoOrganiser> coOrganisers) {

	public ActivityForm {
		coOrganisers = coOrganisers == null ? List.of() : List.copyOf(coOrganisers);
	}
}
