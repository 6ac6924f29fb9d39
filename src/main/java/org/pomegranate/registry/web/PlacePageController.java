package org.pomegranate.registry.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.registry.CompoundView;
import org.pomegranate.registry.PlaceManagement;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A community's compounds and buildings for the staff who keep them: lists a page at a time,
 * forms to add and rename, to put a building in another grid and to retire it. A refused act
 * shows the page again with the reason (status 400 or 409) and changes nothing.
 */
@Controller
class PlacePageController {

	private static final int PAGE = 20;

	private final PlaceManagement places;
	private final OrganizationManagement organization;
	private final MessageSource messages;

	PlacePageController(PlaceManagement places, OrganizationManagement organization, MessageSource messages) {
		this.places = places;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping("/places")
	String compounds(@RequestParam(required = false) UUID community, @RequestParam(required = false) UUID after,
			Model model) {
		List<OrgUnit> communities = places.communities();
		UUID chosen = community != null ? community : communities.isEmpty() ? null : communities.get(0).id();
		model.addAttribute("communities", communities);
		model.addAttribute("community", chosen);
		model.addAttribute("compounds", chosen == null ? null : places.compounds(chosen, after, PAGE));
		return "registry/places";
	}

	@PostMapping("/places/compounds")
	String addCompound(@RequestParam UUID communityId, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String address, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			UUID id = places.createCompound(communityId, name, address);
			redirect.addFlashAttribute("notice", "place.saved");
			return "redirect:/places/compounds/" + id;
		}
		catch (InvalidInputException e) {
			problem(model, response, 400, e.fieldErrors().values().iterator().next(), null);
			return compounds(communityId, null, model);
		}
	}

	@GetMapping("/places/compounds/{id}")
	String compound(@PathVariable UUID id, @RequestParam(required = false) UUID after, Model model) {
		CompoundView compound = places.compound(id);
		model.addAttribute("compound", compound);
		model.addAttribute("buildings", places.buildings(id, after, PAGE));
		model.addAttribute("grids", organization.children(compound.communityId()).stream()
			.filter(u -> u.level() == OrgLevel.GRID).toList());
		return "registry/compound";
	}

	@PostMapping("/places/compounds/{id}")
	String updateCompound(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String address, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(id, model, response, redirect, () -> places.updateCompound(id, name, address));
	}

	@PostMapping("/places/compounds/{id}/buildings")
	String addBuilding(@PathVariable UUID id, @RequestParam(required = false) UUID gridId,
			@RequestParam(defaultValue = "") String name, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(id, model, response, redirect, () -> places.createBuilding(id, gridId, name));
	}

	@PostMapping("/places/buildings/{id}/rename")
	String renameBuilding(@PathVariable UUID id, @RequestParam(defaultValue = "") String name, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(places.building(id).compoundId(), model, response, redirect, () -> places.renameBuilding(id, name));
	}

	@PostMapping("/places/buildings/{id}/move")
	String moveBuilding(@PathVariable UUID id, @RequestParam(required = false) UUID gridId, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(places.building(id).compoundId(), model, response, redirect, () -> places.moveBuilding(id, gridId));
	}

	@PostMapping("/places/buildings/{id}/retire")
	String retireBuilding(@PathVariable UUID id, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(places.building(id).compoundId(), model, response, redirect, () -> places.retireBuilding(id));
	}

	private String act(UUID compoundId, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Runnable work) {
		try {
			work.run();
			redirect.addFlashAttribute("notice", "place.saved");
			return "redirect:/places/compounds/" + compoundId;
		}
		catch (InvalidInputException e) {
			problem(model, response, 400, e.fieldErrors().values().iterator().next(), null);
		}
		catch (RuleViolationException e) {
			problem(model, response, 409, e.messageKey(), e.messageArguments(messages, LocaleContextHolder.getLocale()));
		}
		return compound(compoundId, null, model);
	}

	private void problem(Model model, HttpServletResponse response, int status, String key, Object[] args) {
		response.setStatus(status);
		model.addAttribute("problem", messages.getMessage(key, args, key, LocaleContextHolder.getLocale()));
	}
}
