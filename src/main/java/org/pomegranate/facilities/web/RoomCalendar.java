package org.pomegranate.facilities.web;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.pomegranate.facilities.Booking;
import org.pomegranate.facilities.Facility;
import org.pomegranate.facilities.internal.BookingRules;

/**
 * Lays a room's bookings out as a week (a column per day, each booking a block placed by its hours
 * within the opening hours) or a month (a cell per day). The page's CSS turns the week's columns
 * into rows on a phone; the figures here are the same for both.
 */
public final class RoomCalendar {

	private RoomCalendar() {
	}

	/** A booking in a day: where its block starts and how tall it is, in per cent of the open hours. */
	public record Block(Booking booking, String from, String to, double top, double height) {
	}

	public record Day(LocalDate date, boolean today, boolean open, List<Block> blocks) {
	}

	/** The week's first day (Monday), its days, and the hour lines of the opening hours. */
	public record Week(LocalDate monday, List<Day> days, List<Hour> hours) {
		public LocalDate previous() {
			return monday.minusWeeks(1);
		}

		public LocalDate next() {
			return monday.plusWeeks(1);
		}

		public LocalDate sunday() {
			return monday.plusDays(6);
		}
	}

	public record Hour(String label, double top) {
	}

	/** A month of weeks from Monday to Sunday, days outside the month marked. */
	public record Month(YearMonth month, LocalDate first, List<List<MonthDay>> weeks) {
		public YearMonth previous() {
			return month.minusMonths(1);
		}

		public YearMonth next() {
			return month.plusMonths(1);
		}
	}

	public record MonthDay(LocalDate date, boolean inMonth, boolean today, List<Block> bookings) {
	}

	static LocalDate mondayOf(LocalDate date) {
		return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** The first Monday on or before the month's first day. */
	static LocalDate gridStart(YearMonth month) {
		return mondayOf(month.atDay(1));
	}

	static Week week(Facility facility, LocalDate monday, List<Booking> bookings, LocalDate today) {
		double open = minutes(facility.opensAt());
		double span = minutes(facility.closesAt()) - open;
		List<Day> days = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			LocalDate date = monday.plusDays(i);
			List<Block> blocks = new ArrayList<>();
			for (Booking b : bookings) {
				ZonedDateTime start = b.start().atZone(BookingRules.ZONE);
				ZonedDateTime end = b.end().atZone(BookingRules.ZONE);
				if (start.toLocalDate().equals(date)) {
					double top = Math.max(0, (minutes(start.toLocalTime()) - open) / span * 100);
					double height = Math.max(4, Duration.between(start, end).toMinutes() / span * 100);
					blocks.add(new Block(b, start.toLocalTime().toString(), end.toLocalTime().toString(), top,
							Math.min(height, 100 - top)));
				}
			}
			days.add(new Day(date, date.equals(today), facility.openDays().contains(date.getDayOfWeek()), blocks));
		}
		List<Hour> hours = new ArrayList<>();
		for (LocalTime t = facility.opensAt().withMinute(0); t.isBefore(facility.closesAt()); t = t.plusHours(1)) {
			if (!t.isBefore(facility.opensAt())) {
				hours.add(new Hour(t.toString(), (minutes(t) - open) / span * 100));
			}
			if (t.getHour() == 23) {
				break;
			}
		}
		return new Week(monday, days, hours);
	}

	static Month month(YearMonth month, List<Booking> bookings, LocalDate today) {
		LocalDate day = gridStart(month);
		List<List<MonthDay>> weeks = new ArrayList<>();
		while (!day.isAfter(month.atEndOfMonth())) {
			List<MonthDay> week = new ArrayList<>();
			for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
				LocalDate date = day;
				week.add(new MonthDay(date, YearMonth.from(date).equals(month), date.equals(today), bookings.stream()
					.filter(b -> b.start().atZone(BookingRules.ZONE).toLocalDate().equals(date))
					.map(b -> new Block(b, b.start().atZone(BookingRules.ZONE).toLocalTime().toString(),
							b.end().atZone(BookingRules.ZONE).toLocalTime().toString(), 0, 0))
					.toList()));
			}
			weeks.add(week);
		}
		return new Month(month, gridStart(month), weeks);
	}

	private static double minutes(LocalTime t) {
		return t.getHour() * 60 + t.getMinute();
	}
}
