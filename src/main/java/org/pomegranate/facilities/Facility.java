package org.pomegranate.facilities;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A facility with its rooms: a place of the owning unit that people can book.
 *
 * @param unitId        the unit in the organisation tree that owns and manages it
 * @param phone         the facility's own front-desk phone, never a person's; may be {@code null}
 * @param opensAt       opening time of every open day (Asia/Shanghai)
 * @param openDays      the days it is open
 * @param accessibility notes on step-free access, toilets, hearing loops; may be {@code null}
 * @param photoIds      its photos, to be fetched from {@code /facilities/{id}/photos/{photoId}}
 */
public record Facility(UUID id, UUID unitId, String unitName, FacilityKind kind, String name, String address,
		String phone, LocalTime opensAt, LocalTime closesAt, Set<DayOfWeek> openDays, String accessibility,
		String description, int version, List<Room> rooms, List<UUID> photoIds) {

	/** Whether a slot of one day [from, to) lies within the opening hours. */
	public boolean open(DayOfWeek day, LocalTime from, LocalTime to) {
		return openDays.contains(day) && !from.isBefore(opensAt) && !to.isAfter(closesAt);
	}
}
