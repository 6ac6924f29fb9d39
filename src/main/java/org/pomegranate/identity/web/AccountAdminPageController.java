package org.pomegranate.identity.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.pomegranate.identity.AccountSummary;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.identity.Role;
import org.pomegranate.identity.UnitTree;
import org.pomegranate.shared.web.FormRecovery;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator finds accounts, opens new ones for staff, unlocks them, sets a new password,
 * switches them off or on and changes a staff member's role. Each of these but opening and unlocking
 * ends the account's sessions.
 */
@Controller
class AccountAdminPageController {

	private static final int PAGE_SIZE = 50;

	private static final List<Role> STAFF_ROLES = Arrays.stream(Role.values()).filter(Role::isStaff).toList();

	private final IdentityManagement identity;
	private final FormRecovery recovery;

	AccountAdminPageController(IdentityManagement identity, FormRecovery recovery) {
		this.identity = identity;
		this.recovery = recovery;
	}

	@GetMapping("/admin/accounts")
	String accounts(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) String after, Model model) {
		model.addAttribute("form", AccountForm.empty());
		model.addAttribute("formOpen", false);
		return page(q, role, after, model);
	}

	@PostMapping("/admin/accounts")
	String open(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		recovery.recover(AccountForm.class, "form", request, errors, model);
		if (!errors.hasErrors()) {
			try {
				identity.openStaffAccount(form.toNewAccount());
				redirect.addFlashAttribute("notice", "accounts.opened");
				return "redirect:/admin/accounts?q=" + URLEncoder.encode(form.username(), StandardCharsets.UTF_8);
			}
			catch (InvalidInputException e) {
				e.rejectOn(errors);
			}
		}
		model.addAttribute("formOpen", true);
		return page("", null, null, model);
	}

	private String page(String q, Role role, String after, Model model) {
		identity.require(Permission.MANAGE_ACCOUNTS);
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("after", after);
		// one more than a page tells whether there is a next one
		List<AccountSummary> found = identity.findAccounts(q, role, after, PAGE_SIZE + 1);
		List<AccountSummary> shown = found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found;
		model.addAttribute("accounts", shown);
		model.addAttribute("nextAfter", found.size() > PAGE_SIZE ? shown.get(PAGE_SIZE - 1).username() : null);
		model.addAttribute("now", identity.now());
		model.addAttribute("roles", STAFF_ROLES);
		List<UnitTree.Unit> units = identity.units();
		model.addAttribute("units", units);
		model.addAttribute("unitById", units.stream().collect(Collectors.toMap(UnitTree.Unit::id, u -> u)));
		return "identity/accounts";
	}

	@PostMapping("/admin/accounts/{id}/unlock")
	String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
		identity.unlock(id);
		redirect.addFlashAttribute("notice", "accounts.unlocked");
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/enabled")
	String setEnabled(@PathVariable UUID id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		try {
			identity.setEnabled(id, enabled);
			redirect.addFlashAttribute("notice", enabled ? "accounts.enabledNotice" : "accounts.disabledNotice");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("problem", e.fieldErrors().values().iterator().next());
		}
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/role")
	String changeRole(@PathVariable UUID id, @RequestParam(required = false) Role role,
			@RequestParam(required = false) UUID orgUnitId, RedirectAttributes redirect) {
		try {
			identity.changeRole(id, role, orgUnitId);
			redirect.addFlashAttribute("notice", "accounts.roleChanged");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("problem", e.fieldErrors().values().iterator().next());
		}
		return "redirect:/admin/accounts/" + id + "/tokens";
	}

	@PostMapping("/admin/accounts/{id}/password")
	String resetPassword(@PathVariable UUID id, @RequestParam(defaultValue = "") String password,
			RedirectAttributes redirect) {
		try {
			identity.resetPassword(id, password);
			redirect.addFlashAttribute("notice", "accounts.passwordReset");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("problem", e.fieldErrors().get("password"));
		}
		return "redirect:/admin/accounts";
	}
}
