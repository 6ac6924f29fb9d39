package org.pomegranate.identity.web;

import java.util.UUID;

import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator finds accounts, unlocks them and sets a new password. */
@Controller
class AccountAdminPageController {

	private final IdentityManagement identity;

	AccountAdminPageController(IdentityManagement identity) {
		this.identity = identity;
	}

	@GetMapping("/admin/accounts")
	String accounts(@RequestParam(defaultValue = "") String q, Model model) {
		identity.require(Permission.MANAGE_ACCOUNTS);
		model.addAttribute("q", q);
		model.addAttribute("accounts", identity.findAccounts(q, 100));
		model.addAttribute("now", identity.now());
		return "identity/accounts";
	}

	@PostMapping("/admin/accounts/{id}/unlock")
	String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
		identity.unlock(id);
		redirect.addFlashAttribute("notice", "accounts.unlocked");
		return "redirect:/admin/accounts";
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
