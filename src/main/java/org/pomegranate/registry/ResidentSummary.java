package org.pomegranate.registry;

import java.util.UUID;

/**
 * A resident in a list or search result: sensitive fields masked, ethnicity absent, and the birth
 * year instead of the date, so that nothing shown together narrows the masked ID number (see
 * {@link org.pomegranate.privacy.Masking#idNumber(String)}).
 */
public record ResidentSummary(UUID id, String name, Gender gender, int birthYear, String maskedPhone,
		UUID householdId, String address, ResidentStatus status) {
}
