package org.pomegranate.organization.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tree as its keepers change it: the administrator everywhere, a county officer below their
 * county. One page per unit with its children (opened in place with htmx), and forms to add a
 * unit below, rename, move and close it.
 */
@Controller
class OrgTreePageController {

	private final OrganizationManagement organization;
	private final MessageSource messages;

	OrgTreePageController(OrganizationManagement organization, MessageSource messages) {
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping("/org/manage")
	String start(Model model) {
		List<OrgUnit> roots = organization.stewardRoots();
		if (roots.size() == 1 && !organization.mayChange(roots.get(0).id())) {
			// a county officer starts at their own county
			return "redirect:/org/manage/units/" + roots.get(0).id();
		}
		model.addAttribute("roots", roots);
		model.addAttribute("form", UnitForm.empty(null));
		model.addAttribute("errors", Map.of());
		return "organization/manage-roots";
	}

	@PostMapping("/org/manage")
	String addRoot(@ModelAttribute("form") UnitForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			OrgUnit unit = organization.createUnit(null, form.code(), OrgLevel.PREFECTURE, form.names());
			redirect.addFlashAttribute("notice", "tree.created");
			return "redirect:/org/manage/units/" + unit.id();
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("roots", organization.stewardRoots());
			model.addAttribute("errors", e.fieldErrors());
			return "organization/manage-roots";
		}
	}

	@GetMapping("/org/manage/units/{id}")
	String unit(@PathVariable UUID id, Model model) {
		return page(unitInReach(id), model, Map.of(), null);
	}

	/** The children of a unit, opened in place under it (htmx). */
	@GetMapping("/org/manage/units/{id}/children")
	String children(@PathVariable UUID id, Model model) {
		model.addAttribute("children", organization.children(unitInReach(id).id()));
		return "organization/partials/tree-children";
	}

	@PostMapping("/org/manage/units/{id}/children")
	String addChild(@PathVariable UUID id, @ModelAttribute("form") UnitForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		OrgUnit parent = unitInReach(id);
		try {
			OrgUnit child = organization.createUnit(id, form.code(), null, form.names());
			redirect.addFlashAttribute("notice", "tree.created");
			return "redirect:/org/manage/units/" + child.id();
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("childForm", form);
			return page(parent, model, e.fieldErrors(), "child");
		}
	}

	@PostMapping("/org/manage/units/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("form") UnitForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		OrgUnit unit = unitInReach(id);
		UnitForm complete = form.parentId() == null ? new UnitForm(unit.parentId(), form.code(), form.nameZh(),
				form.nameEn(), form.nameBo(), form.nameMn()) : form;
		try {
			organization.update(id, complete.parentId(), complete.code(), complete.names());
			redirect.addFlashAttribute("notice", "tree.saved");
			return "redirect:/org/manage/units/" + id;
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("editForm", complete);
			return page(unit, model, e.fieldErrors(), "edit");
		}
	}

	@PostMapping("/org/manage/units/{id}/close")
	String close(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		OrgUnit unit = unitInReach(id);
		try {
			organization.close(id);
			redirect.addFlashAttribute("notice", "tree.closed");
			return unit.parentId() == null ? "redirect:/org/manage" : "redirect:/org/manage/units/" + unit.parentId();
		}
		catch (RuleViolationException e) {
			response.setStatus(409);
			model.addAttribute("problem", messages.getMessage(e.messageKey(),
					e.messageArguments(messages, LocaleContextHolder.getLocale()), LocaleContextHolder.getLocale()));
			return page(unit, model, Map.of(), null);
		}
	}

	@GetMapping("/org/units/{id}/history")
	String history(@PathVariable UUID id, @RequestParam(required = false) Long before, Model model) {
		model.addAttribute("changes", organization.history(id, before, 50));
		model.addAttribute("unit", organization.find(id).orElseThrow(() -> new NotFoundException("unit")));
		model.addAttribute("mayChange", organization.mayChange(id));
		return "organization/history";
	}

	private String page(OrgUnit unit, Model model, Map<String, String> errors, String openForm) {
		boolean mayChange = organization.mayChange(unit.id());
		model.addAttribute("unit", unit);
		model.addAttribute("lineage", organization.lineage(unit.id()));
		model.addAttribute("children", organization.children(unit.id()));
		model.addAttribute("mayChange", mayChange);
		model.addAttribute("errors", errors);
		model.addAttribute("openForm", openForm);
		if (!model.containsAttribute("childForm")) {
			model.addAttribute("childForm", UnitForm.empty(unit.id()));
		}
		if (!model.containsAttribute("editForm")) {
			model.addAttribute("editForm", UnitForm.of(unit));
		}
		OrgLevel above = unit.level().above();
		model.addAttribute("parents", !mayChange || above == null ? List.of()
				: organization.unitsAt(above).stream().filter(u -> organization.mayAddUnder(u.id())).toList());
		return "organization/manage-unit";
	}

	/** A unit the caller keeps (may add to, which covers their own root); any other is not found. */
	private OrgUnit unitInReach(UUID id) {
		if (!organization.mayAddUnder(id)) {
			throw new NotFoundException("unit");
		}
		return organization.find(id).orElseThrow(() -> new NotFoundException("unit"));
	}
}
