package org.pomegranate.registry;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** A household's address and resettlement facts, for creating or changing one. */
public record HouseholdForm(
		@NotNull UUID buildingId,
		@NotBlank @Size(max = 10) String unitNo,
		@NotBlank @Size(max = 20) String room,
		boolean resettled,
		@Size(max = 100) String resettlementProject,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PastOrPresent LocalDate moveInDate) {
}
