package org.pomegranate.identity.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.pomegranate.identity.ApiTokens;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of one account: its role and unit, and its API tokens. For an
 * integration account, which a program uses and nobody signs in to, the administrator makes and
 * revokes its tokens here.
 */
@Controller
class IntegrationTokensPageController {

	private final IdentityManagement identity;
	private final ApiTokens tokens;

	IntegrationTokensPageController(IdentityManagement identity, ApiTokens tokens) {
		this.identity = identity;
		this.tokens = tokens;
	}

	@GetMapping("/admin/accounts/{id}/tokens")
	String list(@PathVariable UUID id, Model model) {
		return page(id, model, TokenForm.empty());
	}

	@PostMapping("/admin/accounts/{id}/tokens")
	String create(@PathVariable UUID id, @ModelAttribute("tokenForm") TokenForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		if (!errors.hasErrors()) {
			try {
				model.addAttribute("issued", tokens.createFor(id, form.toNewToken()));
				response.setHeader("Cache-Control", "no-store");
				model.addAttribute("tokenForm", TokenForm.empty());
			}
			catch (InvalidInputException e) {
				e.rejectOn(errors);
			}
			catch (RuleViolationException e) {
				errors.reject(e.messageKey(), e.messageKey());
			}
		}
		return page(id, model, form);
	}

	@PostMapping("/admin/accounts/{id}/tokens/{tokenId}/revoke")
	String revoke(@PathVariable UUID id, @PathVariable UUID tokenId, RedirectAttributes redirect) {
		identity.require(Permission.MANAGE_ACCOUNTS);
		if (tokens.of(id).stream().noneMatch(t -> t.id().equals(tokenId))) {
			throw new NotFoundException("token");
		}
		tokens.revoke(tokenId);
		redirect.addFlashAttribute("notice", "tokens.revokedNotice");
		return "redirect:/admin/accounts/" + id + "/tokens";
	}

	private String page(UUID id, Model model, TokenForm form) {
		model.addAttribute("tokens", tokens.of(id));
		model.addAttribute("owner", identity.accountById(id));
		model.addAttribute("roles", java.util.Arrays.stream(org.pomegranate.identity.Role.values())
			.filter(org.pomegranate.identity.Role::isStaff).toList());
		model.addAttribute("units", identity.units());
		model.addAttribute("now", identity.now());
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", form);
		}
		model.addAttribute("tokenAction", "/admin/accounts/" + id + "/tokens");
		model.addAttribute("revokeBase", "/admin/accounts/" + id + "/tokens/");
		return "identity/account-tokens";
	}
}
