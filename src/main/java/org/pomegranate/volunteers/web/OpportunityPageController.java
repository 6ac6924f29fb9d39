package org.pomegranate.volunteers.web;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.volunteers.Opportunities;
import org.pomegranate.volunteers.OpportunityForm;
import org.pomegranate.volunteers.Shift;
import org.pomegranate.volunteers.ShiftForm;
import org.pomegranate.volunteers.Shifts;
import org.pomegranate.volunteers.Signup;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages of opportunities: the list with a form for a new one, and one opportunity with its shifts,
 * each shift's roster (names masked) with check-in and check-out buttons, and a form for a new shift.
 */
@Controller
class OpportunityPageController {

	private final Opportunities opportunities;
	private final Shifts shifts;
	private final IdentityManagement identity;

	OpportunityPageController(Opportunities opportunities, Shifts shifts, IdentityManagement identity) {
		this.opportunities = opportunities;
		this.shifts = shifts;
		this.identity = identity;
	}

	@GetMapping("/volunteer-opportunities")
	String list(@RequestParam(required = false) UUID after, Model model) {
		model.addAttribute("page", opportunities.list(after, 50));
		model.addAttribute("unitId", identity.currentUser().orgUnitId());
		return "volunteers/opportunities";
	}

	@PostMapping("/volunteer-opportunities")
	String create(@RequestParam(required = false) UUID unitId, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String place, @RequestParam(required = false) Integer pointsPerHour,
			@RequestParam(required = false) UUID activityId, RedirectAttributes redirect) {
		PageActs.run(redirect, "volunteers.opportunityCreated", () -> opportunities.create(
				new OpportunityForm(unitId, null, title, place, activityId, pointsPerHour, null)));
		return "redirect:/volunteer-opportunities";
	}

	@GetMapping("/volunteer-opportunities/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("opportunity", opportunities.get(id));
		List<Shift> list = opportunities.shifts(id);
		Map<UUID, List<Signup>> rosters = new LinkedHashMap<>();
		for (Shift shift : list) {
			rosters.put(shift.id(), shifts.roster(shift.id()));
		}
		model.addAttribute("shifts", list);
		model.addAttribute("rosters", rosters);
		return "volunteers/opportunity";
	}

	@PostMapping("/volunteer-opportunities/{id}/shifts")
	String addShift(@PathVariable UUID id, @RequestParam(required = false) LocalDateTime startsAt,
			@RequestParam(required = false) LocalDateTime endsAt, @RequestParam(required = false) Integer needed,
			RedirectAttributes redirect) {
		PageActs.run(redirect, "volunteers.shiftAdded", () -> opportunities.addShift(id, new ShiftForm(
				startsAt == null ? null : startsAt.atZone(TimeConfiguration.DISPLAY_ZONE).toInstant(),
				endsAt == null ? null : endsAt.atZone(TimeConfiguration.DISPLAY_ZONE).toInstant(), needed)));
		return "redirect:/volunteer-opportunities/" + id;
	}

	@PostMapping("/shifts/{shiftId}/check-ins")
	String checkIn(@PathVariable UUID shiftId, @RequestParam UUID volunteerId, @RequestParam UUID opportunityId,
			RedirectAttributes redirect) {
		PageActs.run(redirect, "volunteers.done.checkIn", () -> shifts.checkIn(shiftId, volunteerId, null));
		return "redirect:/volunteer-opportunities/" + opportunityId;
	}

	@PostMapping("/shifts/{shiftId}/check-outs")
	String checkOut(@PathVariable UUID shiftId, @RequestParam UUID volunteerId, @RequestParam UUID opportunityId,
			RedirectAttributes redirect) {
		PageActs.run(redirect, "volunteers.done.checkOut", () -> shifts.checkOut(shiftId, volunteerId, null));
		return "redirect:/volunteer-opportunities/" + opportunityId;
	}
}
