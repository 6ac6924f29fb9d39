package org.pomegranate.registry.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.pomegranate.registry.HouseholdDetails;
import org.pomegranate.registry.HouseholdForm;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.shared.web.ConflictException;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Households: list by address, read, register, edit and move. */
@Controller
class HouseholdPageController {

	private final RegistryManagement registry;
	private final RegistryFormSupport forms;

	HouseholdPageController(RegistryManagement registry, RegistryFormSupport forms) {
		this.registry = registry;
		this.forms = forms;
	}

	@GetMapping("/households")
	String list(@RequestParam(defaultValue = "") String address, @RequestParam(required = false) String after,
			@RequestParam(defaultValue = "false") boolean exact, Model model) {
		model.addAttribute("address", address);
		model.addAttribute("households", registry.findHouseholds(address, after, 20, exact));
		return "registry/households";
	}

	@GetMapping("/households/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("household", registry.household(id));
		return "registry/household";
	}

	@GetMapping("/households/new")
	String newHousehold(Model model) {
		model.addAttribute("form", new HouseholdForm(null, "", "", false, null, null));
		return forms.householdForm(model, null);
	}

	@PostMapping("/households")
	String create(@Valid @ModelAttribute("form") HouseholdForm form, BindingResult errors, Model model,
			HttpServletRequest request) {
		forms.recover(HouseholdForm.class, request, errors, model);
		if (!errors.hasErrors()) {
			try {
				return "redirect:/households/" + registry.createHousehold(form);
			}
			catch (InvalidInputException e) {
				e.rejectOn(errors);
			}
		}
		return forms.householdForm(model, null);
	}

	@GetMapping("/households/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		HouseholdDetails h = registry.householdForEdit(id);
		model.addAttribute("form", new HouseholdForm(h.buildingId(), h.unitNo(), h.room(), h.resettled(),
				h.resettlementProject(), h.moveInDate()));
		model.addAttribute("expectedVersion", h.version());
		return forms.householdForm(model, id);
	}

	@PostMapping("/households/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") HouseholdForm form, BindingResult errors,
			Model model, HttpServletRequest request, @RequestParam(required = false) Integer expectedVersion) {
		forms.recover(HouseholdForm.class, request, errors, model);
		model.addAttribute("expectedVersion", expectedVersion);
		if (!errors.hasErrors()) {
			try {
				registry.updateHousehold(id, form, expectedVersion);
				return "redirect:/households/" + id;
			}
			catch (InvalidInputException e) {
				e.rejectOn(errors);
			}
			catch (ConflictException e) {
				forms.changedMeanwhile(errors);
			}
		}
		registry.requireHouseholdVisible(id);
		return forms.householdForm(model, id);
	}
}
