package org.pomegranate.registry;

import java.time.LocalDate;
import java.util.UUID;

/** A resident in a list or search result: sensitive fields masked, ethnicity absent. */
public record ResidentSummary(UUID id, String name, Gender gender, LocalDate birthDate, String maskedPhone,
		UUID householdId, String address, ResidentStatus status) {
}
