package org.pomegranate.activities;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * After an activity: what happened, how many came and how many households were reached (counted
 * from the check-ins when the report is written), and the photos.
 */
public record ActivityReport(UUID activityId, String summary, int participants, int householdsReached,
		Instant writtenAt, List<UUID> photoIds) {
}
