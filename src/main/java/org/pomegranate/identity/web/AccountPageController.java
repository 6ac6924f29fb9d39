package org.pomegranate.identity.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.pomegranate.identity.ApiTokens;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone's own account page: change the password, make and revoke API tokens. A new token's value
 * is shown on the answer to its form and nowhere else (no redirect, so it never passes through the
 * session, and the answer is not cached).
 */
@Controller
class AccountPageController {

	private final IdentityManagement identity;
	private final ApiTokens tokens;

	AccountPageController(IdentityManagement identity, ApiTokens tokens) {
		this.identity = identity;
		this.tokens = tokens;
	}

	@GetMapping("/account")
	String account(Model model) {
		return page(model, TokenForm.empty(), PasswordForm.empty());
	}

	@PostMapping("/account/tokens")
	String create(@ModelAttribute("tokenForm") TokenForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		if (!errors.hasErrors()) {
			try {
				model.addAttribute("issued", tokens.create(form.toNewToken()));
				response.setHeader("Cache-Control", "no-store");
				return page(model, TokenForm.empty(), PasswordForm.empty());
			}
			catch (InvalidInputException e) {
				e.rejectOn(errors);
			}
			catch (RuleViolationException e) {
				errors.reject(e.messageKey(), e.messageKey());
			}
		}
		model.addAttribute("tokensOpen", true);
		return page(model, form, PasswordForm.empty());
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		tokens.revoke(id);
		redirect.addFlashAttribute("notice", "tokens.revoked");
		return "redirect:/account";
	}

	@PostMapping("/account/password")
	String changePassword(@ModelAttribute("passwordForm") PasswordForm form, BindingResult errors, Model model,
			jakarta.servlet.http.HttpServletRequest request, RedirectAttributes redirect) {
		try {
			identity.changeOwnPassword(form.current(), form.password(), form.repeat(), request.getSession().getId());
			redirect.addFlashAttribute("notice", "account.password.changed");
			return "redirect:/account";
		}
		catch (InvalidInputException e) {
			e.rejectOn(errors);
		}
		model.addAttribute("passwordOpen", true);
		return page(model, TokenForm.empty(), PasswordForm.empty());
	}

	private String page(Model model, TokenForm tokenForm, PasswordForm passwordForm) {
		model.addAttribute("account", identity.currentUser());
		model.addAttribute("tokens", tokens.mine());
		model.addAttribute("now", identity.now());
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", tokenForm);
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", passwordForm);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "passwordForm",
					new BeanPropertyBindingResult(passwordForm, "passwordForm"));
		}
		model.addAttribute("tokenAction", "/account/tokens");
		model.addAttribute("revokeBase", "/account/tokens/");
		return "identity/account";
	}
}
