package org.pomegranate.partybuilding;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A cadre reporting to the community where she lives (报到): the resident, the day, what she offers
 * ("政策宣讲", "结对帮扶"). Nothing else about her is recorded.
 */
public record CadreForm(UUID residentId, LocalDate registeredOn, @Schema(maxLength = 300) String offers) {
}
