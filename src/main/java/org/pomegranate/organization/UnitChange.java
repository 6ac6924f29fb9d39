package org.pomegranate.organization;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a unit's history: who created, renamed, moved or closed it, and when.
 *
 * @param detail what changed, as recorded (names and codes before and after, the old and new parent)
 */
public record UnitChange(long id, UUID unitId, Instant occurredAt, String actorName, Kind kind, String detail) {

	public enum Kind {
		CREATE, RENAME, MOVE, CLOSE, LOAD
	}
}
