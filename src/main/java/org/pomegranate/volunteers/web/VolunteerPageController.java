package org.pomegranate.volunteers.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.volunteers.HoursForm;
import org.pomegranate.volunteers.Opportunities;
import org.pomegranate.volunteers.Opportunity;
import org.pomegranate.volunteers.RedemptionForm;
import org.pomegranate.volunteers.Shifts;
import org.pomegranate.volunteers.Volunteer;
import org.pomegranate.volunteers.VolunteerForm;
import org.pomegranate.volunteers.VolunteerPoints;
import org.pomegranate.volunteers.Volunteers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Volunteers' pages: staff see the volunteers of their scope and the hours waiting for approval, and one
 * volunteer with her hours and points; a resident registers and sees her own hours, points and shifts.
 */
@Controller
class VolunteerPageController {

	private final Volunteers volunteers;
	private final VolunteerPoints points;
	private final Opportunities opportunities;
	private final Shifts shifts;
	private final IdentityManagement identity;

	VolunteerPageController(Volunteers volunteers, VolunteerPoints points, Opportunities opportunities, Shifts shifts,
			IdentityManagement identity) {
		this.volunteers = volunteers;
		this.points = points;
		this.opportunities = opportunities;
		this.shifts = shifts;
		this.identity = identity;
	}

	@GetMapping("/volunteers")
	String list(@RequestParam(required = false) UUID after, Model model) {
		if (!identity.currentUser().role().isStaff()) {
			return "redirect:/my/volunteer";
		}
		model.addAttribute("page", volunteers.list(after, 50, false));
		model.addAttribute("pending", identity.currentUser().can(org.pomegranate.identity.Permission.EDIT_RESIDENTS)
				? points.pending() : List.of());
		return "volunteers/list";
	}

	@GetMapping("/volunteers/{id}")
	String show(@PathVariable UUID id, Model model) {
		Volunteer volunteer = volunteers.get(id);
		model.addAttribute("volunteer", volunteer);
		model.addAttribute("hours", points.hoursOf(id));
		model.addAttribute("ledger", points.ledger(id));
		return "volunteers/volunteer";
	}

	@PostMapping("/volunteers/{id}/redemptions")
	String redeem(@PathVariable UUID id, @RequestParam(required = false) Integer points,
			@RequestParam(defaultValue = "") String recognition, RedirectAttributes redirect) {
		PageActs.run(redirect, "volunteers.redeemed", () -> this.points.redeem(id, new RedemptionForm(points, recognition)));
		return "redirect:/volunteers/" + id;
	}

	@PostMapping("/hours/{id}/approve")
	String approve(@PathVariable UUID id, RedirectAttributes redirect) {
		PageActs.run(redirect, "volunteers.approved", () -> points.approve(id));
		return "redirect:/volunteers";
	}

	@PostMapping("/volunteers/{id}/consent-withdrawal")
	String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
		PageActs.run(redirect, "volunteers.withdrawn", () -> volunteers.withdrawConsent(id));
		return identity.currentUser().role().isStaff() ? "redirect:/volunteers/" + id : "redirect:/my/volunteer";
	}

	@GetMapping("/my/volunteer")
	String mine(Model model) {
		Optional<Volunteer> me = volunteers.mine();
		model.addAttribute("mine", me.orElse(null));
		if (me.isPresent()) {
			UUID id = me.get().id();
			model.addAttribute("hours", points.hoursOf(id));
			model.addAttribute("ledger", points.ledger(id));
			model.addAttribute("signups", shifts.mine(id));
			List<Opportunity> open = opportunities.list(null, 20).items();
			model.addAttribute("opportunities", open);
			model.addAttribute("shifts", open.stream().collect(java.util.stream.Collectors.toMap(Opportunity::id,
					o -> opportunities.shifts(o.id()).stream().filter(s -> s.startsAt().isAfter(java.time.Instant.now()))
						.toList())));
		}
		return "volunteers/mine";
	}

	@PostMapping("/my/volunteer")
	String register(@RequestParam(defaultValue = "") String skills, @RequestParam(required = false) List<String> languages,
			@RequestParam(defaultValue = "") String availability, @RequestParam(defaultValue = "false") boolean consent,
			RedirectAttributes redirect) {
		List<String> skillList = Arrays.stream(skills.split("[,，、]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		PageActs.run(redirect, "volunteers.registered", () -> volunteers.register(new VolunteerForm(null, skillList,
				languages == null ? List.of() : languages, availability, consent)));
		return "redirect:/my/volunteer";
	}

	@PostMapping("/my/volunteer/hours")
	String enter(@RequestParam(required = false) LocalDate workedOn, @RequestParam(required = false) Integer minutes,
			@RequestParam(defaultValue = "") String description, RedirectAttributes redirect) {
		PageActs.run(redirect, "volunteers.entered", () -> points.enter(volunteers.mine().map(Volunteer::id)
			.orElseThrow(() -> new org.pomegranate.shared.web.RuleViolationException("volunteers.error.notRegistered")),
				new HoursForm(workedOn, minutes, description)));
		return "redirect:/my/volunteer";
	}

	@PostMapping("/my/volunteer/shifts/{shiftId}")
	String signUp(@PathVariable UUID shiftId, RedirectAttributes redirect) {
		PageActs.run(redirect, "volunteers.signedUp", () -> shifts.signUp(shiftId, null));
		return "redirect:/my/volunteer";
	}
}
