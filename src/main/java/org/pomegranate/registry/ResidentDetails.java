package org.pomegranate.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One resident's record with sensitive fields masked. Ethnicity is absent: it is the resident's
 * own, and staff do not even learn whether she declared one. {@code version} counts changes; an edit can name the version it
 * started from, and is refused if the record changed meanwhile. Staff see the birth year, never
 * the date: with the date the masked ID number could be narrowed down (see
 * {@link org.pomegranate.privacy.Masking#idNumber(String)}).
 */
public record ResidentDetails(UUID id, UUID householdId, String address, UUID gridId, String name, Gender gender,
		int birthYear, String maskedPhone, String maskedIdNumber,
		Language preferredLanguage, Set<SupportNeed> supportNeeds, boolean newcomer, Set<NewcomerNeed> newcomerNeeds,
		ResidentStatus status, LocalDate endedOn, List<Residence> residences, int version) {

	/** A stay in a household. */
	public record Residence(UUID householdId, String address, LocalDate startedOn, LocalDate endedOn,
			String endReason) {
	}
}
