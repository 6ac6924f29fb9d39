package org.pomegranate.volunteers;

import java.time.Instant;
import java.util.UUID;

/** One volunteer on a shift's roster (name masked for staff). */
public record Signup(UUID shiftId, UUID volunteerId, String name, String status, Instant signedUpAt,
		Instant checkedInAt, Instant checkedOutAt) {
}
