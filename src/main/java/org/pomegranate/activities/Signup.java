package org.pomegranate.activities;

import java.time.Instant;
import java.util.UUID;

/**
 * A resident's sign-up. The token (the QR code's content) is only given to the resident herself,
 * through {@link Ticket}.
 *
 * @param position the place on the waiting list (1 = next), 0 when confirmed or cancelled
 */
public record Signup(UUID id, UUID activityId, Status status, String shortCode, int position, Instant createdAt) {

	public enum Status {
		CONFIRMED, WAITING, CANCELLED
	}
}
