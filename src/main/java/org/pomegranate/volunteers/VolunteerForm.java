package org.pomegranate.volunteers;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A registration: by the signed-in resident for herself ({@code residentId} left out) or by staff for
 * a resident of their scope. Without {@code consent = true} nothing is registered.
 *
 * @param skills    up to 10, each up to 40 characters ("急救", "翻译", "理发")
 * @param languages language codes she can help in: zh, bo, mn, en and others (2 or 3 letters), up to 8
 */
public record VolunteerForm(UUID residentId, @ArraySchema(maxItems = 10) List<String> skills,
		@ArraySchema(maxItems = 8) List<String> languages, @Schema(maxLength = 200) String availability,
		Boolean consent) {
}
