package org.pomegranate.activities.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import org.pomegranate.shared.TimeConfiguration;

/**
 * Gregorian dates of lunar days and solar terms, computed for any year: never a typed table.
 * ICU4J's Chinese calendar says which new moon begins which month (leap months included); the day of
 * that new moon in Beijing time is then taken from Meeus's more precise algorithm ({@link NewMoons}),
 * because ICU's lunar approximation is minutes off and so puts a month that begins just before
 * midnight a day late (Spring Festival 2027: new moon at 23:56 on 6 February, ICU says the 7th).
 */
public final class FestivalDates {

	/**
	 * ICU numbers Chinese years from 2637 BCE: the lunar year whose first day falls in Gregorian year
	 * {@code y} has the extended year {@code y + 2637} — 2025 → 4662, the year of the snake.
	 */
	private static final int CHINESE_EPOCH_OFFSET = 2637;

	private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;

	private FestivalDates() {
	}

	/** The day {@code month}/{@code day} — not a leap month of the lunar year that begins in {@code year}. */
	public static LocalDate lunar(int year, int month, int day) {
		// GMT: ICU does the astronomy in China time itself; the zone here only maps fields to a day
		ChineseCalendar calendar = new ChineseCalendar(TimeZone.GMT_ZONE);
		calendar.clear();
		calendar.set(Calendar.EXTENDED_YEAR, year + CHINESE_EPOCH_OFFSET);
		calendar.set(Calendar.MONTH, month - 1);
		calendar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
		calendar.set(Calendar.DAY_OF_MONTH, 1);
		LocalDate icuFirst = LocalDate.ofEpochDay(calendar.get(Calendar.JULIAN_DAY) - JULIAN_DAY_OF_EPOCH);
		return NewMoons.firstDayNear(icuFirst).plusDays(day - 1L);
	}

	/**
	 * The day in Beijing time on which the sun's apparent ecliptic longitude reaches {@code degrees}
	 * in {@code year}, searching forward from 1 January — 15° is 清明 in early April. Uses ICU4J's
	 * astronomer, the one its Chinese calendar uses for the solar terms.
	 */
	public static LocalDate solarTerm(int year, int degrees) {
		long start = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
		CalendarAstronomer astronomer = new CalendarAstronomer(start);
		long when = astronomer.getSunTime(Math.toRadians(degrees), true);
		return Instant.ofEpochMilli(when).atZone(TimeConfiguration.DISPLAY_ZONE).toLocalDate();
	}
}
