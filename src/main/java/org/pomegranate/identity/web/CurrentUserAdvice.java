package org.pomegranate.identity.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user ({@code me}) and their permissions ({@code perms}) for the navigation. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

	private final IdentityManagement identity;

	CurrentUserAdvice(IdentityManagement identity) {
		this.identity = identity;
	}

	@ModelAttribute
	void addCurrentUser(Model model) {
		CurrentUser user = identity.signedIn().orElse(null);
		model.addAttribute("me", user);
		Set<String> perms = user == null ? Set.of()
				: user.role().permissions().stream().map(Enum::name).collect(Collectors.toSet());
		model.addAttribute("perms", perms);
	}
}
