package org.pomegranate.registry;

import java.util.UUID;

/**
 * Where a household or an address lies in the org tree: what routing needs.
 *
 * @param householdId       {@code null} when found by address only
 * @param gridId            {@code null} when the address names a compound spread over several grids
 * @param residentName      when found for a resident: their name, whom a request answers
 * @param preferredLanguage when found for a resident: their language code
 */
public record Place(UUID householdId, UUID gridId, UUID communityId, String address, String residentName,
		String preferredLanguage) {
}
