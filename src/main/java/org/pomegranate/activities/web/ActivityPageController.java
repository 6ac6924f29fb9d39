package org.pomegranate.activities.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.activities.Activities;
import org.pomegranate.activities.Activity;
import org.pomegranate.activities.ActivityForm;
import org.pomegranate.activities.ActivityKind;
import org.pomegranate.activities.CoOrganiser;
import org.pomegranate.activities.Festival;
import org.pomegranate.activities.FestivalCalendar;
import org.pomegranate.activities.FestivalDay;
import org.pomegranate.activities.Localized;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.servicedesk.Upload;
import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The staff's calendar of festivals and activities, planning an activity, its page and report. */
@Controller
class ActivityPageController {

	private final Activities activities;
	private final FestivalCalendar festivals;
	private final IdentityManagement identity;
	private final MessageSource messages;

	ActivityPageController(Activities activities, FestivalCalendar festivals, IdentityManagement identity,
			MessageSource messages) {
		this.activities = activities;
		this.festivals = festivals;
		this.identity = identity;
		this.messages = messages;
	}

	@GetMapping("/activities")
	String calendar(@RequestParam(required = false) String month, Model model) {
		YearMonth shown = month(month);
		List<FestivalDay> days = festivals.year(shown.getYear()).stream()
			.filter(d -> d.date() == null ? false : YearMonth.from(d.date()).equals(shown)).toList();
		model.addAttribute("month", shown);
		model.addAttribute("festivals", days);
		model.addAttribute("officeSet", festivals.year(shown.getYear()).stream()
			.filter(d -> d.festival().officeMaySet()).toList());
		model.addAttribute("activities", activities.list(shown.atDay(1), shown.atEndOfMonth(), null, null, 200));
		model.addAttribute("maySetDates", List.of("COUNTY_OFFICER", "PREFECTURE_OFFICER")
			.contains(identity.currentUser().role().name()));
		return "activities/calendar";
	}

	@PostMapping("/activities/festivals")
	String setFestivalDate(@RequestParam Festival festival, @RequestParam int year, @RequestParam LocalDate date) {
		festivals.setDate(festival, year, date);
		return "redirect:/activities?month=" + YearMonth.from(date);
	}

	@GetMapping("/activities/new")
	String newForm(@RequestParam(required = false) Festival festival, @RequestParam(required = false) Integer year,
			Model model, Locale locale) {
		FormValues values = new FormValues();
		if (festival != null) {
			FestivalDay day = festivals.day(festival, year == null ? LocalDate.now(TimeConfiguration.DISPLAY_ZONE)
				.getYear() : year);
			values.kind = festival.activityKind().name();
			values.festivalCode = festival.name();
			values.titleZh = messages.getMessage(festival.messageKey(), null, Locale.CHINESE) + "活动";
			if (day.date() != null) {
				values.startsAt = day.date().atTime(10, 0).toString();
				values.endsAt = day.date().atTime(12, 0).toString();
			}
		}
		return form(model, values, null);
	}

	@PostMapping("/activities")
	String create(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
			HttpServletResponse response) {
		FormValues values = FormValues.of(params);
		try {
			UUID id = activities.create(values.toForm());
			return "redirect:/activities/" + id;
		}
		catch (InvalidInputException | RuleViolationException e) {
			response.setStatus(e instanceof InvalidInputException ? 400 : 409);
			return form(model, values, Refusals.sentences(e, messages, locale));
		}
	}

	@GetMapping("/activities/{id}")
	String show(@PathVariable UUID id, Model model) {
		Activity activity = activities.get(id);
		model.addAttribute("activity", activity);
		model.addAttribute("report", activities.report(id).orElse(null));
		model.addAttribute("over", activity.isOver(identity.now()));
		return "activities/activity";
	}

	@PostMapping("/activities/{id}/report")
	String report(@PathVariable UUID id, @RequestParam(required = false) String summary,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model, Locale locale,
			HttpServletResponse response) {
		try {
			activities.writeReport(id, summary, Upload.from(photos));
			return "redirect:/activities/" + id + "?reported";
		}
		catch (InvalidInputException | RuleViolationException e) {
			response.setStatus(e instanceof InvalidInputException ? 400 : 409);
			model.addAttribute("errors", Refusals.sentences(e, messages, locale));
			return show(id, model);
		}
	}

	@GetMapping("/activities/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId) {
		Object[] photo = activities.photo(id, photoId);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType((String) photo[0]))
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePrivate())
			.header("X-Content-Type-Options", "nosniff").body((byte[]) photo[1]);
	}

	@PostMapping("/activities/{id}/cancel")
	String cancel(@PathVariable UUID id) {
		activities.cancel(id);
		return "redirect:/activities/" + id;
	}

	private String form(Model model, FormValues values, List<String> errors) {
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", ActivityKind.values());
		model.addAttribute("coTypes", CoOrganiser.Type.values());
		model.addAttribute("units", activities.organiserUnits());
		return "activities/new";
	}

	private static YearMonth month(String month) {
		if (month == null || month.isBlank()) {
			return YearMonth.now(TimeConfiguration.DISPLAY_ZONE);
		}
		try {
			return YearMonth.parse(month);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("month", "error.activity.month");
		}
	}

	/** The form's fields as typed, so a refused form comes back as it was. */
	public static final class FormValues {
		public String kind = ActivityKind.MASS_CULTURAL.name(), organiserUnitId, audienceCommunityId, titleZh, titleEn,
				titleBo, titleMn, descriptionZh, venueAddress, venueBookingId, startsAt, endsAt, capacity = "50",
				festivalCode;
		public List<String> coNames = new ArrayList<>(List.of("", "", "")),
				coTypes = new ArrayList<>(List.of("", "", ""));

		static FormValues of(MultiValueMap<String, String> p) {
			FormValues v = new FormValues();
			v.kind = p.getFirst("kind");
			v.organiserUnitId = p.getFirst("organiserUnitId");
			v.audienceCommunityId = p.getFirst("audienceCommunityId");
			v.titleZh = p.getFirst("titleZh");
			v.titleEn = p.getFirst("titleEn");
			v.titleBo = p.getFirst("titleBo");
			v.titleMn = p.getFirst("titleMn");
			v.descriptionZh = p.getFirst("descriptionZh");
			v.venueAddress = p.getFirst("venueAddress");
			v.venueBookingId = p.getFirst("venueBookingId");
			v.startsAt = p.getFirst("startsAt");
			v.endsAt = p.getFirst("endsAt");
			v.capacity = p.getFirst("capacity");
			v.festivalCode = p.getFirst("festivalCode");
			List<String> names = p.getOrDefault("coName", List.of());
			List<String> types = p.getOrDefault("coType", List.of());
			for (int i = 0; i < Math.min(3, names.size()); i++) {
				v.coNames.set(i, names.get(i));
				v.coTypes.set(i, i < types.size() ? types.get(i) : "");
			}
			return v;
		}

		ActivityForm toForm() {
			java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
			ActivityKind k = parse(errors, "kind", kind, ActivityKind::valueOf);
			UUID organiser = parse(errors, "organiserUnitId", organiserUnitId, UUID::fromString);
			UUID audience = parse(errors, "audienceCommunityId", audienceCommunityId, UUID::fromString);
			UUID booking = parse(errors, "venueBookingId", venueBookingId, UUID::fromString);
			LocalDateTime start = parse(errors, "startsAt", startsAt, LocalDateTime::parse);
			LocalDateTime end = parse(errors, "endsAt", endsAt, LocalDateTime::parse);
			Integer cap = parse(errors, "capacity", capacity, Integer::valueOf);
			List<CoOrganiser> co = new ArrayList<>();
			for (int i = 0; i < coNames.size(); i++) {
				if (coNames.get(i) != null && !coNames.get(i).isBlank()) {
					CoOrganiser.Type type = parse(errors, "coOrganisers[" + i + "].type", coTypes.get(i),
							CoOrganiser.Type::valueOf);
					co.add(new CoOrganiser(coNames.get(i), type == null ? CoOrganiser.Type.OTHER : type));
				}
			}
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			return new ActivityForm(k, organiser, audience, new Localized(titleZh, titleEn, titleBo, titleMn),
					Localized.zh(descriptionZh), booking, venueAddress, start, end, cap,
					festivalCode == null || festivalCode.isBlank() ? null : festivalCode, co);
		}

		private static <T> T parse(java.util.Map<String, String> errors, String field, String text,
				java.util.function.Function<String, T> parser) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return parser.apply(text.strip());
			}
			catch (RuntimeException e) {
				errors.put(field, "error.invalid");
				return null;
			}
		}
	}
}
