package org.pomegranate.registry;

import java.time.LocalDate;

/**
 * A resident's record as she herself sees it: the record staff see, plus what is hers alone to
 * read in full: her birth date, phone and ID number (for her download) and her self-declared
 * ethnicity, which staff never see.
 *
 * @param ethnicity {@code null} when she has declared none
 */
public record OwnRecord(ResidentDetails record, LocalDate birthDate, String phone, String idNumber,
		Ethnicity ethnicity) {
}
