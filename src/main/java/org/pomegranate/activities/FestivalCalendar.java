package org.pomegranate.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pomegranate.activities.internal.FestivalDateRepository;
import org.pomegranate.activities.internal.FestivalDates;
import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Role;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The festival calendar: every festival's Gregorian date in a year, computed where a rule exists and
 * set by the county or prefecture office where the office fixes it each year.
 */
@Service
@Transactional(readOnly = true)
public class FestivalCalendar {

	/** Years the calendar answers; beyond them the astronomy is fine but nobody plans that far. */
	public static final int FIRST_YEAR = 1901, LAST_YEAR = 2199;

	/** Festival dates are prefecture-wide, so only offices above the street set them. */
	static final Set<Role> SETTERS = Set.of(Role.COUNTY_OFFICER, Role.PREFECTURE_OFFICER);

	private final FestivalDateRepository dates;
	private final IdentityManagement identity;
	private final Clock clock;

	FestivalCalendar(FestivalDateRepository dates, IdentityManagement identity, Clock clock) {
		this.dates = dates;
		this.identity = identity;
		this.clock = clock;
	}

	/** Every festival of the year in date order; festivals without a date last. */
	public List<FestivalDay> year(int year) {
		checkYear(year);
		Map<String, LocalDate> set = dates.ofYear(year);
		List<FestivalDay> days = new ArrayList<>();
		for (Festival festival : Festival.values()) {
			days.add(day(festival, year, set.get(festival.name())));
		}
		days.sort(Comparator.comparing(FestivalDay::date, Comparator.nullsLast(Comparator.naturalOrder())));
		return days;
	}

	/** One festival in one year. */
	public FestivalDay day(Festival festival, int year) {
		checkYear(year);
		return day(festival, year, dates.ofYear(year).get(festival.name()));
	}

	/**
	 * The office sets this year's date of a festival whose date it fixes. A computed festival — Spring
	 * Festival … cannot be set — 409; the date must lie in the year — 400.
	 */
	@Transactional
	public void setDate(Festival festival, int year, LocalDate date) {
		CurrentUser user = identity.currentUser();
		if (!SETTERS.contains(user.role())) {
			throw new ForbiddenException("festival dates are set by county and prefecture offices");
		}
		checkYear(year);
		if (!festival.officeMaySet()) {
			throw new RuleViolationException("error.festival.computed");
		}
		if (date == null || date.getYear() != year) {
			throw new InvalidInputException("date", "error.festival.dateYear");
		}
		dates.set(festival.name(), year, date, user.accountId(), clock.instant());
	}

	private static FestivalDay day(Festival festival, int year, LocalDate officeDate) {
		if (officeDate != null && festival.officeMaySet()) {
			return new FestivalDay(festival, year, officeDate, FestivalDay.Source.OFFICE);
		}
		return switch (festival.rule()) {
			case LUNAR -> new FestivalDay(festival, year, FestivalDates.lunar(year, festival.month(), festival.day()),
					FestivalDay.Source.COMPUTED);
			case SOLAR_TERM -> new FestivalDay(festival, year, FestivalDates.solarTerm(year, festival.month()),
					FestivalDay.Source.COMPUTED);
			case LUNAR_USUAL -> new FestivalDay(festival, year,
					FestivalDates.lunar(year, festival.month(), festival.day()), FestivalDay.Source.USUAL);
			case OFFICE_SET -> new FestivalDay(festival, year, null, FestivalDay.Source.NOT_SET);
		};
	}

	private static void checkYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new InvalidInputException("year", "error.festival.year");
		}
	}
}
