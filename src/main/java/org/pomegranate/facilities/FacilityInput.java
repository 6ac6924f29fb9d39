package org.pomegranate.facilities;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

/**
 * What staff enter to create or edit a facility.
 *
 * @param unitId   the owning unit: one in the caller's scope, not a grid
 * @param phone    the facility's front-desk phone (digits, spaces, + and -), optional
 * @param openDays at least one day
 */
public record FacilityInput(UUID unitId, FacilityKind kind, String name, String address, String phone,
		LocalTime opensAt, LocalTime closesAt, Set<DayOfWeek> openDays, String accessibility, String description) {
}
