package org.pomegranate.volunteers;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** Hours a volunteer enters herself: a day not in the future nor older than 90 days, 1 to 720 minutes. */
public record HoursForm(LocalDate workedOn, @Schema(minimum = "1", maximum = "720") Integer minutes,
		@Schema(maxLength = 300) String description) {
}
