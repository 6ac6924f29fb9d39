package org.pomegranate.registry.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.registry.Gender;
import org.pomegranate.registry.Language;
import org.pomegranate.registry.NewcomerNeed;
import org.pomegranate.registry.SupportNeed;

/**
 * A resident row as stored: sensitive fields as ciphertext and keyed hashes. The id is part of it
 * because every ciphertext is bound to its row.
 */
public record StoredResident(UUID id, UUID householdId, String name, Gender gender, LocalDate birthDate, String phoneCipher,
		String phoneSuffixHash, String idNumberCipher, String idNumberHash, String ethnicityCipher,
		Language preferredLanguage, Set<SupportNeed> supportNeeds, boolean newcomer, Set<NewcomerNeed> newcomerNeeds) {
}
