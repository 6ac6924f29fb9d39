package org.pomegranate.servicedesk.web;

import java.util.UUID;

/**
 * The random token a request form carries from the moment it is drawn: the desk's idempotency key,
 * so that a second press of "submit" finds the first request instead of making another. The same
 * on the resident's portal form and the staff intake form.
 */
final class FormToken {

	/** Longer than any token this page draws; anything longer was not made here. */
	static final int MAX_LENGTH = 80;

	private FormToken() {
	}

	static String fresh() {
		return UUID.randomUUID().toString();
	}

	/** The token the form sent back, or a fresh one when it lost it or sent something else. */
	static String orFresh(String sent) {
		return sent == null || sent.isBlank() || sent.length() > MAX_LENGTH ? fresh() : sent.strip();
	}
}
