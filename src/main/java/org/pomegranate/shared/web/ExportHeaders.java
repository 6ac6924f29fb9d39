package org.pomegranate.shared.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Column headers of an exported list, in the reader's language, from {@code export.col.*} keys. */
@Component
public class ExportHeaders {

	private final MessageSource messages;

	ExportHeaders(MessageSource messages) {
		this.messages = messages;
	}

	public List<String> of(String... columns) {
		return Arrays.stream(columns)
			.map(c -> messages.getMessage("export.col." + c, null, c, LocaleContextHolder.getLocale()))
			.toList();
	}
}
