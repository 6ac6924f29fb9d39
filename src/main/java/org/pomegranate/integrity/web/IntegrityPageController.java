package org.pomegranate.integrity.web;

import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Role;
import org.pomegranate.integrity.IntegrityCheck;
import org.pomegranate.privacy.FieldCipher;
import org.pomegranate.privacy.KeyRotation;
import org.pomegranate.shared.web.ForbiddenException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The system administrator's integrity page: verify the chains and anchors on demand, and see how
 * many sealed values still wait for the current key, with a button to re-encrypt them now.
 */
@Controller
class IntegrityPageController {

	private final IntegrityCheck check;
	private final KeyRotation rotation;
	private final FieldCipher cipher;
	private final IdentityManagement identity;

	IntegrityPageController(IntegrityCheck check, KeyRotation rotation, FieldCipher cipher, IdentityManagement identity) {
		this.check = check;
		this.rotation = rotation;
		this.cipher = cipher;
		this.identity = identity;
	}

	@GetMapping("/admin/integrity")
	String page(Model model) {
		administrator();
		return view(model);
	}

	@PostMapping("/admin/integrity/verify")
	String verify(Model model) {
		model.addAttribute("report", check.verifyAsAdministrator());
		return view(model);
	}

	@PostMapping("/admin/integrity/rotate")
	String rotate(Model model) {
		administrator();
		model.addAttribute("rotation", rotation.rotate());
		return view(model);
	}

	private String view(Model model) {
		model.addAttribute("keyVersion", cipher.currentVersion());
		model.addAttribute("staleValues", rotation.remaining());
		return "integrity/integrity";
	}

	private void administrator() {
		if (identity.currentUser().role() != Role.SYSTEM_ADMIN) {
			throw new ForbiddenException("system administrator only");
		}
	}
}
