package org.pomegranate.partybuilding;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Sets up (or renames, or gives a new leader to) the organisation of a community (general branch), a grid
 * (branch) or a building (group): give {@code unitId} or {@code buildingId}, not both.
 *
 * @param leaderId a staff account of the community or one of its grids; {@code null} for none yet
 */
public record OrganizationForm(UUID unitId, UUID buildingId, @Schema(maxLength = 100) String name, UUID leaderId) {
}
