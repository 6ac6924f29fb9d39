package org.pomegranate.servicedesk;

import java.time.Instant;
import java.util.UUID;

/**
 * A card on the resident's "my requests": enough to tell four repairs apart (the first line of
 * what she wrote, when, where, how it stands) and whether it waits for her rating.
 *
 * @param number {@code null} on a request she only follows (someone else's)
 * @param place the building (compound and building name) or the address she typed; {@code null} when followed
 */
public record MyRequestCard(UUID id, String number, UUID categoryId, RequestStatus status, Instant submittedAt,
		String firstLine, String place, boolean awaitingRating, boolean followed) {
}
