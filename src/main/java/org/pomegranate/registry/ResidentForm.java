package org.pomegranate.registry;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A resident's record as entered by staff. Phone and ID number are optional; an ID number must
 * pass the GB 11643 checksum. Ethnicity is optional and self-declared. The birth date is required
 * for a new resident; on an edit, left empty, the stored one is kept (staff see only the year).
 *
 * @param clear on an edit, sensitive fields to remove (left empty they are kept)
 */
public record ResidentForm(
		@NotNull UUID householdId,
		@NotBlank @Size(max = 50) String name,
		@NotNull Gender gender,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @NotNull(groups = New.class) @Past LocalDate birthDate,
		@Pattern(regexp = "1\\d{10}", message = "{error.phone}") String phone,
		@Size(max = 18) String idNumber,
		@NotNull Language preferredLanguage,
		Ethnicity ethnicity,
		Set<SupportNeed> supportNeeds,
		boolean newcomer,
		Set<NewcomerNeed> newcomerNeeds,
		Set<SensitiveField> clear) {

	public ResidentForm {
		supportNeeds = supportNeeds == null ? Set.of() : Set.copyOf(supportNeeds);
		newcomerNeeds = newcomerNeeds == null ? Set.of() : Set.copyOf(newcomerNeeds);
		clear = clear == null ? Set.of() : Set.copyOf(clear);
		phone = blankToNull(phone);
		idNumber = blankToNull(idNumber);
	}

	/** A form that clears nothing: what creating a resident and most edits send. */
	public ResidentForm(UUID householdId, String name, Gender gender, LocalDate birthDate, String phone, String idNumber,
			Language preferredLanguage, Ethnicity ethnicity, Set<SupportNeed> supportNeeds, boolean newcomer,
			Set<NewcomerNeed> newcomerNeeds) {
		this(householdId, name, gender, birthDate, phone, idNumber, preferredLanguage, ethnicity, supportNeeds, newcomer,
				newcomerNeeds, Set.of());
	}

	/** The validation group of a new resident, whose birth date is required. */
	public interface New {
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
