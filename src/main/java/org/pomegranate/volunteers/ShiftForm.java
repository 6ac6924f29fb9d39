package org.pomegranate.volunteers;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A new shift: it ends after it starts, lasts at most 24 hours, and needs 1 to 500 volunteers. */
public record ShiftForm(Instant startsAt, Instant endsAt, @Schema(minimum = "1", maximum = "500") Integer needed) {
}
