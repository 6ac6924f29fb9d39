package org.pomegranate.facilities.web;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.facilities.Facilities;
import org.pomegranate.facilities.Facility;
import org.pomegranate.facilities.FacilityCursor;
import org.pomegranate.facilities.FacilityInput;
import org.pomegranate.facilities.FacilityKind;
import org.pomegranate.facilities.FacilityPhotos;
import org.pomegranate.facilities.FacilitySummary;
import org.pomegranate.shared.web.ConflictException;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The facility list, a facility's page with its rooms and photos, and the manager's forms. */
@Controller
class FacilityPageController {

	private static final int PAGE = 30;

	private final Facilities facilities;
	private final FacilityPhotos photos;

	FacilityPageController(Facilities facilities, FacilityPhotos photos) {
		this.facilities = facilities;
		this.photos = photos;
	}

	@GetMapping("/facilities")
	String list(@RequestParam(required = false) FacilityKind kind, @RequestParam(required = false) String after,
			Model model) {
		FacilityCursor cursor = FacilityCursor.parse(after).orElse(null);
		List<FacilitySummary> items = facilities.page(null, kind, cursor, PAGE);
		model.addAttribute("facilities", items);
		model.addAttribute("kind", kind);
		model.addAttribute("next", items.size() < PAGE ? null : FacilityCursor.after(items.get(items.size() - 1)).token());
		return "facilities/list";
	}

	@GetMapping("/facilities/{id}")
	String show(@PathVariable UUID id, Model model) {
		Facility facility = facilities.get(id);
		model.addAttribute("facility", facility);
		model.addAttribute("manages", facilities.manages(facility));
		model.addAttribute("errors", model.containsAttribute("errors") ? model.getAttribute("errors") : Map.of());
		return "facilities/facility";
	}

	@GetMapping("/facilities/new")
	String create(@RequestParam(required = false) UUID unitId, Model model) {
		model.addAttribute("form", new FacilityForm(unitId == null ? "" : unitId.toString(), "SEED_HOME", "", "", "",
				"08:30", "20:00", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"), "", ""));
		model.addAttribute("errors", Map.of());
		model.addAttribute("units", facilities.unitsToManage());
		return "facilities/edit";
	}

	@PostMapping("/facilities")
	String create(FacilityForm form, Model model, HttpServletResponse response) {
		try {
			return "redirect:/facilities/" + facilities.create(form.input());
		}
		catch (InvalidInputException e) {
			return again(form, e, model, response, null);
		}
	}

	@GetMapping("/facilities/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		Facility f = facilities.get(id);
		model.addAttribute("facility", f);
		model.addAttribute("form", new FacilityForm(f.unitId().toString(), f.kind().name(), f.name(), f.address(),
				f.phone(), f.opensAt().toString(), f.closesAt().toString(),
				f.openDays().stream().map(Enum::name).toList(), f.accessibility(), f.description()));
		model.addAttribute("version", f.version());
		model.addAttribute("errors", Map.of());
		model.addAttribute("units", facilities.unitsToManage());
		return "facilities/edit";
	}

	@PostMapping("/facilities/{id}")
	String update(@PathVariable UUID id, @RequestParam int version, FacilityForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			facilities.update(id, version, form.input());
			redirect.addFlashAttribute("notice", "facility.saved");
			return "redirect:/facilities/" + id;
		}
		catch (InvalidInputException e) {
			model.addAttribute("version", version);
			return again(form, e, model, response, facilities.get(id));
		}
		catch (ConflictException e) {
			model.addAttribute("version", version);
			return again(form, new InvalidInputException("name", "error.changedMeanwhile"), model, response,
					facilities.get(id));
		}
	}

	@PostMapping("/facilities/{id}/rooms")
	String addRoom(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String capacity, @RequestParam(defaultValue = "") String equipment,
			RedirectAttributes redirect) {
		try {
			Integer seats = capacity.isBlank() ? null : parseInt(capacity);
			facilities.addRoom(id, name, seats, equipment);
			redirect.addFlashAttribute("notice", "facility.room.added");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("errors", new HashMap<>(e.fieldErrors()));
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			redirect.addFlashAttribute("errors", new HashMap<>(Map.of("name", "error.room.taken")));
		}
		return "redirect:/facilities/" + id;
	}

	@PostMapping("/facilities/{id}/photos")
	String addPhoto(@PathVariable UUID id, @RequestParam(name = "photo", required = false) MultipartFile photo,
			RedirectAttributes redirect) throws IOException {
		try {
			photos.add(id, photo == null ? new byte[0] : photo.getBytes());
			redirect.addFlashAttribute("notice", "facility.photo.added");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("errors", new HashMap<>(e.fieldErrors()));
		}
		return "redirect:/facilities/" + id;
	}

	@GetMapping("/facilities/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId) {
		FacilityPhotos.Photo p = photos.get(id, photoId);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.contentType()))
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePrivate())
			.header("X-Content-Type-Options", "nosniff").body(p.content());
	}

	/** The form as typed; {@link #input()} turns it into the module's input, a bad value naming its field. */
	record FacilityForm(String unitId, String kind, String name, String address, String phone, String opensAt,
			String closesAt, List<String> openDays, String accessibility, String description) {

		FacilityInput input() {
			return new FacilityInput(parse("unitId", () -> UUID.fromString(unitId.strip())),
					parse("kind", () -> FacilityKind.valueOf(kind)), name, address, phone,
					parse("opensAt", () -> LocalTime.parse(opensAt.strip())),
					parse("closesAt", () -> LocalTime.parse(closesAt.strip())), days(), accessibility, description);
		}

		private Set<DayOfWeek> days() {
			Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
			if (openDays != null) {
				openDays.forEach(d -> days.add(parse("openDays", () -> DayOfWeek.valueOf(d))));
			}
			return days;
		}
	}

	private String again(FacilityForm form, InvalidInputException e, Model model, HttpServletResponse response,
			Facility facility) {
		response.setStatus(400);
		model.addAttribute("form", form);
		model.addAttribute("facility", facility);
		model.addAttribute("errors", new HashMap<>(e.fieldErrors()));
		model.addAttribute("units", facilities.unitsToManage());
		return "facilities/edit";
	}

	private static Integer parseInt(String value) {
		return parse("capacity", () -> Integer.valueOf(value.strip()));
	}

	private static <T> T parse(String field, java.util.function.Supplier<T> parse) {
		try {
			return parse.get();
		}
		catch (RuntimeException e) {
			throw new InvalidInputException(field, "error.field.type");
		}
	}
}
