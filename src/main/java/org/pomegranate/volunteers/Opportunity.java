package org.pomegranate.volunteers;

import java.time.Instant;
import java.util.UUID;

/**
 * Something volunteers can do for a unit: a title, a place, optionally the activity it serves (an id
 * of the activities module) and the team whose coordinator checks people in.
 */
public record Opportunity(UUID id, UUID unitId, String unitName, UUID teamId, String teamName, String title,
		String place, UUID activityId, int pointsPerHour, int pointsPerShift, Instant createdAt) {
}
