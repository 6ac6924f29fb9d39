package org.pomegranate.partybuilding;

import java.time.LocalDate;
import java.util.UUID;

/** A registered cadre as staff in scope see her: the name masked. */
public record Cadre(UUID id, UUID residentId, String name, UUID communityId, LocalDate registeredOn, String offers) {
}
