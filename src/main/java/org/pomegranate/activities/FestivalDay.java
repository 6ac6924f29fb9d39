package org.pomegranate.activities;

import java.time.LocalDate;

/**
 * One festival in one year.
 *
 * @param date   the Gregorian date; {@code null} while an office-set festival has no date for the year
 * @param source how the date was found
 */
public record FestivalDay(Festival festival, int year, LocalDate date, Source source) {

	public enum Source {
		/** Computed from the lunar calendar or the sun. */
		COMPUTED,
		/** The usual timing, computed, until the office sets the day. */
		USUAL,
		/** Set by the office for this year. */
		OFFICE,
		/** Office-set festival without a date for this year yet. */
		NOT_SET
	}

	public String code() {
		return festival.name();
	}
}
