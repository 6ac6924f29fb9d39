package org.pomegranate.activities;

import java.time.Instant;
import java.util.UUID;

/**
 * The signed-in resident's ticket for one activity: the QR code's random token and the short code
 * that staff may type instead. Only she sees it.
 */
public record Ticket(UUID signupId, UUID activityId, Localized title, Instant startsAt, Instant endsAt,
		String venueAddress, Signup.Status status, int position, String token, String shortCode,
		boolean checkedIn) {
}
