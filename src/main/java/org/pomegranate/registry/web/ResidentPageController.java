package org.pomegranate.registry.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.pomegranate.privacy.RevealPurpose;
import org.pomegranate.privacy.RevealReason;
import org.pomegranate.registry.EndReason;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.ResidentDetails;
import org.pomegranate.registry.ResidentFinder;
import org.pomegranate.registry.ResidentForm;
import org.pomegranate.registry.ResidentSearch;
import org.pomegranate.registry.SensitiveField;
import org.pomegranate.registry.ResidentStatus;
import org.pomegranate.shared.web.ConflictException;
import org.pomegranate.shared.web.InvalidInputException;
import jakarta.validation.groups.Default;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Finding, reading and editing residents; revealing a masked field with a reason. */
@Controller
class ResidentPageController {

	private static final int PAGE_SIZE = 20;

	private final RegistryManagement registry;
	private final ResidentFinder finder;
	private final RegistryFormSupport forms;

	ResidentPageController(RegistryManagement registry, ResidentFinder finder, RegistryFormSupport forms) {
		this.registry = registry;
		this.finder = finder;
		this.forms = forms;
	}

	@GetMapping("/residents")
	String search(@RequestParam(required = false) String name, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String address, @RequestParam(required = false) String after,
			@RequestParam(defaultValue = "false") boolean exact,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("name", name);
		model.addAttribute("phone", phone);
		model.addAttribute("address", address);
		model.addAttribute("htmx", htmx != null);
		if (name != null || phone != null || address != null) {
			try {
				model.addAttribute("results",
						finder.find(new ResidentSearch(name, phone, address, false), after, PAGE_SIZE, exact));
				model.addAttribute("continued", after != null && !after.isBlank());
			}
			catch (InvalidInputException e) {
				model.addAttribute("searchError", e.fieldErrors().values().iterator().next());
			}
		}
		return htmx != null ? "registry/partials/resident-results" : "registry/residents";
	}

	@GetMapping("/residents/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("resident", registry.resident(id));
		model.addAttribute("endReasons", EndReason.values());
		return "registry/resident";
	}

	@PostMapping("/residents/{id}/reveal")
	String reveal(@PathVariable UUID id, @RequestParam SensitiveField field,
			@RequestParam(required = false) RevealPurpose purpose, @RequestParam(defaultValue = "") String note,
			Model model, HttpServletResponse response) {
		model.addAttribute("field", field);
		model.addAttribute("residentId", id);
		try {
			model.addAttribute("value", registry.reveal(id, field, new RevealReason(purpose, note)));
			return "registry/partials/revealed";
		}
		catch (InvalidInputException e) {
			// keep the masked value; put the form back, open, with the message, for another try
			response.setHeader("HX-Retarget", "#reveal-form-" + field.name());
			model.addAttribute("error", e.fieldErrors().values().iterator().next());
			return "registry/partials/reveal-form :: form(residentId=${residentId}, field=${field.name()}, error=${error})";
		}
	}

	@GetMapping("/residents/new")
	String newResident(@RequestParam UUID household, Model model) {
		registry.requireHouseholdVisible(household);
		model.addAttribute("form", forms.emptyResident(household));
		return forms.residentForm(model, null);
	}

	@PostMapping("/residents")
	String create(@Validated({ Default.class, ResidentForm.New.class }) @ModelAttribute("form") ResidentForm form,
			BindingResult errors, Model model,
			HttpServletRequest request) {
		forms.recover(ResidentForm.class, request, errors, model);
		if (errors.hasErrors()) {
			return forms.residentForm(model, null);
		}
		try {
			return "redirect:/residents/" + registry.createResident(form);
		}
		catch (InvalidInputException e) {
			e.rejectOn(errors);
			return forms.residentForm(model, null);
		}
	}

	@GetMapping("/residents/{id}/edit")
	String edit(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		ResidentDetails resident = registry.resident(id);
		if (resident.status() != ResidentStatus.ACTIVE) {
			redirect.addFlashAttribute("problem", "error.alreadyEnded");
			return "redirect:/residents/" + id;
		}
		model.addAttribute("form", forms.residentFormOf(resident));
		model.addAttribute("birthYear", resident.birthYear());
		model.addAttribute("expectedVersion", resident.version());
		return forms.residentForm(model, id);
	}

	@PostMapping("/residents/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ResidentForm form, BindingResult errors,
			Model model, HttpServletRequest request, @RequestParam(required = false) Integer expectedVersion) {
		forms.recover(ResidentForm.class, request, errors, model);
		model.addAttribute("expectedVersion", expectedVersion);
		if (!errors.hasErrors()) {
			try {
				registry.updateResident(id, form, expectedVersion);
				return "redirect:/residents/" + id;
			}
			catch (InvalidInputException e) {
				e.rejectOn(errors);
			}
			catch (ConflictException e) {
				forms.changedMeanwhile(errors);
			}
		}
		registry.requireResidentVisible(id);
		return forms.residentForm(model, id);
	}

	@PostMapping("/residents/{id}/end")
	String end(@PathVariable UUID id, @RequestParam EndReason reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		try {
			registry.endResidence(id, reason, on);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("problem", e.fieldErrors().values().iterator().next());
		}
		return "redirect:/residents/" + id;
	}
}
