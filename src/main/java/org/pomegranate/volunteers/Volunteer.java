package org.pomegranate.volunteers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A volunteer's registration as shown: the name comes from the resident's record, masked for staff
 * ({@code 索***}) and whole only to the volunteer; there is no phone and no other copy of her record.
 *
 * @param gridId         the grid of her home when she registered ({@code null} when unknown)
 * @param language       her preferred language (the certificate's)
 * @param approvedHours  approved hours in all, to one decimal
 * @param balance        points she can still redeem
 * @param endedAt        when she withdrew consent; {@code null} while registered
 */
public record Volunteer(UUID id, UUID residentId, String name, UUID communityId, UUID gridId, String communityName,
		List<String> skills, List<String> languages, String availability, Instant consentAt, Instant registeredAt,
		Instant endedAt, String language, BigDecimal approvedHours, int balance) {

	public boolean active() {
		return endedAt == null;
	}
}
