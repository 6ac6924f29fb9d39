package org.pomegranate.activities;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of an attendance list: personal data (a name), so reading it is audited.
 *
 * @param name     the registered resident's name, the walk-in's given name, or {@code null}
 * @param walkIn   came without a sign-up
 */
public record Attendee(UUID id, UUID residentId, String name, boolean walkIn, String shortCode, Instant at) {
}
