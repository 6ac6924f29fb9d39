package org.pomegranate.servicedesk;

import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A text in the portal's languages (zh, en, bo, mn); Chinese when a language is missing. */
public record Translated(@JsonValue Map<String, String> texts) {

	/** Reads and writes as a plain object such as {@code {"zh": "…", "en": "…"}}. */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public Translated {
		texts = Map.copyOf(texts);
	}

	public String in(Locale locale) {
		String text = texts.get(locale.getLanguage());
		return text == null || text.isBlank() ? texts.getOrDefault("zh", "") : text;
	}
}
