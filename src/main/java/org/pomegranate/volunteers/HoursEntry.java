package org.pomegranate.volunteers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Hours given by a volunteer: from a check-out at a shift (approved at once) or entered by her and
 * waiting for staff approval.
 *
 * @param source {@code CHECK_OUT} or {@code ENTERED}
 * @param status {@code PENDING} or {@code APPROVED}
 */
public record HoursEntry(UUID id, UUID volunteerId, UUID unitId, String unitName, UUID shiftId, String source,
		String status, LocalDate workedOn, int minutes, String description, Instant enteredAt, Instant approvedAt) {

	public BigDecimal hours() {
		return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP);
	}
}
