package org.pomegranate.mediation.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A refused field's message on a page, prefixed with the field's label: "当事人2 · 姓名：必填". */
@Component
class FieldLabels {

	private static final Pattern PARTY = Pattern.compile("parties\\[(\\d+)]\\.?(\\w*)");

	private final MessageSource messages;

	FieldLabels(MessageSource messages) {
		this.messages = messages;
	}

	List<String> of(Map<String, String> fieldErrors) {
		return fieldErrors.entrySet().stream().map(e -> label(e.getKey()) + ": " + text(e.getValue(), null)).toList();
	}

	private String label(String field) {
		Matcher m = PARTY.matcher(field);
		if (m.matches()) {
			String party = text("mediation.party.n", new Object[] { Integer.parseInt(m.group(1)) + 1 });
			return m.group(2).isEmpty() ? party : party + " · " + text("mediation.field." + m.group(2), null);
		}
		return text("mediation.field." + field, null);
	}

	private String text(String key, Object[] args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
