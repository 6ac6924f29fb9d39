package org.pomegranate.volunteers;

import java.util.UUID;

/** A volunteer team of a unit, with the account that coordinates it and its number of members. */
public record VolunteerTeam(UUID id, UUID unitId, String name, UUID coordinatorId, int members) {
}
