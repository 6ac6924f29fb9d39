package org.pomegranate.facilities.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.facilities.Booking;
import org.pomegranate.facilities.Bookings;
import org.pomegranate.facilities.Facilities;
import org.pomegranate.facilities.Facility;
import org.pomegranate.facilities.NewBooking;
import org.pomegranate.facilities.Room;
import org.pomegranate.facilities.internal.BookingRules;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A room's week and month calendars (htmx pages through weeks and months without reloading the
 * page) and the "book this room" form.
 */
@Controller
class RoomPageController {

	private final Facilities facilities;
	private final Bookings bookings;
	private final MessageSource messages;
	private final Clock clock;

	RoomPageController(Facilities facilities, Bookings bookings, MessageSource messages, Clock clock) {
		this.facilities = facilities;
		this.bookings = bookings;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/rooms/{id}")
	String week(@PathVariable UUID id, @RequestParam(required = false) String date, Model model,
			@RequestHeader(value = "HX-Request", required = false) String htmx) {
		Facility facility = facilities.ofRoom(id);
		LocalDate today = LocalDate.now(clock.withZone(BookingRules.ZONE));
		LocalDate monday = RoomCalendar.mondayOf(parse(date, today));
		List<Booking> shown = bookings.ofRoom(id, monday.atStartOfDay(BookingRules.ZONE).toInstant(),
				monday.plusDays(7).atStartOfDay(BookingRules.ZONE).toInstant());
		model.addAttribute("week", RoomCalendar.week(facility, monday, shown, today));
		room(model, facility, id);
		return htmx != null ? "facilities/partials/week" : "facilities/room";
	}

	@GetMapping("/rooms/{id}/month")
	String month(@PathVariable UUID id, @RequestParam(required = false) String month, Model model,
			@RequestHeader(value = "HX-Request", required = false) String htmx) {
		Facility facility = facilities.ofRoom(id);
		LocalDate today = LocalDate.now(clock.withZone(BookingRules.ZONE));
		YearMonth shownMonth;
		try {
			shownMonth = month == null ? YearMonth.from(today) : YearMonth.parse(month);
		}
		catch (DateTimeParseException e) {
			shownMonth = YearMonth.from(today);
		}
		LocalDate first = RoomCalendar.gridStart(shownMonth);
		List<Booking> shown = bookings.ofRoom(id, first.atStartOfDay(BookingRules.ZONE).toInstant(),
				first.plusWeeks(6).atStartOfDay(BookingRules.ZONE).toInstant());
		model.addAttribute("month", RoomCalendar.month(shownMonth, shown, today));
		room(model, facility, id);
		return htmx != null ? "facilities/partials/month" : "facilities/room-month";
	}

	@GetMapping("/rooms/{id}/book")
	String form(@PathVariable UUID id, @RequestParam(required = false) String date, Model model) {
		Facility facility = facilities.ofRoom(id);
		LocalDate day = parse(date, LocalDate.now(clock.withZone(BookingRules.ZONE)).plusDays(1));
		model.addAttribute("form", new BookForm(day.toString(), "", "", "", "", ""));
		model.addAttribute("errors", Map.of());
		room(model, facility, id);
		return "facilities/book";
	}

	@PostMapping("/rooms/{id}/book")
	String book(@PathVariable UUID id, BookForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Facility facility = facilities.ofRoom(id);
		try {
			LocalDate day = field("date", () -> LocalDate.parse(form.date().strip()));
			LocalTime start = field("start", () -> LocalTime.parse(form.start().strip()));
			LocalTime end = field("end", () -> LocalTime.parse(form.end().strip()));
			Integer attendees = form.attendees() == null || form.attendees().isBlank() ? null
					: field("attendees", () -> Integer.valueOf(form.attendees().strip()));
			bookings.request(new NewBooking(id, day.atTime(start).atZone(BookingRules.ZONE).toInstant(),
					day.atTime(end).atZone(BookingRules.ZONE).toInstant(), form.purpose(), attendees,
					form.organisation()));
			redirect.addFlashAttribute("notice", "booking.requested.notice");
			return "redirect:/rooms/" + id + "?date=" + day;
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("errors", new HashMap<>(e.fieldErrors()));
		}
		catch (RuleViolationException e) {
			response.setStatus(409);
			model.addAttribute("errors", Map.of());
			model.addAttribute("problem", messages.getMessage(e.messageKey(), null, LocaleContextHolder.getLocale()));
		}
		model.addAttribute("form", form);
		room(model, facility, id);
		return "facilities/book";
	}

	/** What the form sends, as typed: parsed in {@link #book} so a bad value comes back at its field. */
	record BookForm(String date, String start, String end, String purpose, String attendees, String organisation) {
	}

	private static <T> T field(String name, java.util.function.Supplier<T> parse) {
		try {
			return parse.get();
		}
		catch (RuntimeException e) {
			throw new InvalidInputException(name, "error.field.type");
		}
	}

	private void room(Model model, Facility facility, UUID roomId) {
		Room room = facility.rooms().stream().filter(r -> r.id().equals(roomId)).findFirst().orElseThrow();
		model.addAttribute("facility", facility);
		model.addAttribute("room", room);
		model.addAttribute("manages", facilities.manages(facility));
	}

	private static LocalDate parse(String date, LocalDate otherwise) {
		try {
			return date == null || date.isBlank() ? otherwise : LocalDate.parse(date);
		}
		catch (DateTimeParseException e) {
			return otherwise;
		}
	}
}
