package org.pomegranate.facilities;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The keyset of the facility list: the name and id of a page's last line, written as one opaque
 * URL-safe token so that a client passes it back unchanged as {@code after}.
 */
public record FacilityCursor(String name, UUID id) {

	public String token() {
		return Base64.getUrlEncoder().withoutPadding()
			.encodeToString((id + "|" + name).getBytes(StandardCharsets.UTF_8));
	}

	/** The cursor of a token, or empty when the token is not one of ours. */
	public static Optional<FacilityCursor> parse(String token) {
		if (token == null || token.isBlank() || token.length() > 600) {
			return Optional.empty();
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
			int bar = text.indexOf('|');
			return bar != 36 ? Optional.empty()
					: Optional.of(new FacilityCursor(text.substring(bar + 1), UUID.fromString(text.substring(0, bar))));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	public static FacilityCursor after(FacilitySummary last) {
		return new FacilityCursor(last.name(), last.id());
	}
}
