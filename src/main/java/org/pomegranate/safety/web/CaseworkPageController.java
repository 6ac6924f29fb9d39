package org.pomegranate.safety.web;

import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The way into the society and culture casework (safety screening, enterprises, pairing, heritage
 * and cultural sites): one menu entry for all of them.
 */
@Controller
class CaseworkPageController {

	private final IdentityManagement identity;

	CaseworkPageController(IdentityManagement identity) {
		this.identity = identity;
	}

	@GetMapping("/casework")
	String index() {
		identity.require(Permission.VIEW_ORGANIZATION);
		return "casework/index";
	}
}
