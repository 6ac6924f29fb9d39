package org.pomegranate.activities;

import java.time.Instant;
import java.util.UUID;

/** What staff see after a check-in: whom they let in (the name is on the ticket holder's own sign-up). */
public record CheckIn(UUID attendanceId, UUID activityId, String name, boolean walkIn, Instant at) {
}
