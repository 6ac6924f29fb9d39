package org.pomegranate.servicedesk.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What the portal's request form sends besides the category's own questions and the files.
 *
 * @param token a random value the form carries, so that a second press of "submit" finds the
 *              first request instead of making another
 */
record PortalRequestForm(UUID categoryId, String description, String contactName, String contactPhone,
		String address, UUID communityId, String token) {

	static final int MAX_DESCRIPTION = 2000;
	static final int MAX_NAME = 50;
	static final int MAX_ADDRESS = 200;
	private static final Pattern MOBILE = Pattern.compile("1\\d{10}");

	static PortalRequestForm empty(UUID categoryId) {
		return new PortalRequestForm(categoryId, "", "", "", "", null, FormToken.fresh());
	}

	/**
	 * The checks the page makes before the desk sees the form, as field name to message key.
	 *
	 * @param anonymous whether the sender gave no account, and so must say who and where they are
	 */
	Map<String, String> problems(boolean anonymous) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (categoryId == null) {
			errors.put("categoryId", "portal.error.category");
		}
		check(errors, "description", description, true, MAX_DESCRIPTION);
		check(errors, "address", address, false, MAX_ADDRESS);
		if (anonymous) {
			check(errors, "contactName", contactName, true, MAX_NAME);
			if (blank(contactPhone)) {
				errors.put("contactPhone", "error.required");
			}
			else if (!MOBILE.matcher(contactPhone.strip()).matches()) {
				errors.put("contactPhone", "error.phone");
			}
			if (blank(address) && communityId == null) {
				errors.put("communityId", "portal.error.where");
			}
		}
		return errors;
	}

	/** The random token, or a fresh one when the form lost it. */
	String tokenOrNew() {
		return FormToken.orFresh(token);
	}

	String trimmed(String text) {
		return blank(text) ? null : text.strip();
	}

	private static void check(Map<String, String> errors, String field, String text, boolean required, int max) {
		if (blank(text)) {
			if (required) {
				errors.put(field, "error.required");
			}
		}
		else if (text.strip().length() > max) {
			errors.put(field, "error.tooLong");
		}
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
