package org.pomegranate.volunteers;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A new opportunity for a unit of the caller's scope.
 *
 * @param activityId     an activity of the activities module it serves, or {@code null}
 * @param pointsPerHour  0 to 100, 10 when left out
 * @param pointsPerShift 0 to 500, 0 when left out: a bonus for a completed shift
 */
public record OpportunityForm(UUID unitId, UUID teamId, @Schema(maxLength = 100) String title,
		@Schema(maxLength = 200) String place, UUID activityId, @Schema(minimum = "0", maximum = "100") Integer pointsPerHour,
		@Schema(minimum = "0", maximum = "500") Integer pointsPerShift) {
}
