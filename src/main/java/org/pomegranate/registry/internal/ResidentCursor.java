package org.pomegranate.registry.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.pomegranate.shared.web.InvalidInputException;

/**
 * Where a page of residents ends in (name, id) order, as the opaque text a client sends back as
 * {@code after}: URL-safe base64 of the id (36 characters) followed by the name. The client learns
 * nothing it was not shown, and a forged cursor only moves the start of a search that is scoped anyway.
 */
public record ResidentCursor(String name, UUID id) {

	private static final int ID_LENGTH = 36;

	/** At most this long: an id and a name of 50 characters, each of up to 4 bytes, in base64. */
	private static final int MAX_ENCODED = 400;

	public String encode() {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((id + name).getBytes(StandardCharsets.UTF_8));
	}

	/** The cursor sent, {@code null} for the first page; a cursor not made here is a 400. */
	public static ResidentCursor decode(String after) {
		if (after == null || after.isBlank()) {
			return null;
		}
		try {
			if (after.length() > MAX_ENCODED) {
				throw new IllegalArgumentException("too long");
			}
			String text = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
			return new ResidentCursor(text.substring(ID_LENGTH), UUID.fromString(text.substring(0, ID_LENGTH)));
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException e) {
			throw new InvalidInputException("after", "error.search.after");
		}
	}
}
