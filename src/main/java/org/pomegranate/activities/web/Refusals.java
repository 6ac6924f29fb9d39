package org.pomegranate.activities.web;

import java.util.List;
import java.util.Locale;

import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.context.MessageSource;

/** A refusal of the services as sentences for a page, in the reader's language. */
final class Refusals {

	private Refusals() {
	}

	static List<String> sentences(RuntimeException e, MessageSource messages, Locale locale) {
		if (e instanceof InvalidInputException invalid) {
			return invalid.fieldErrors().entrySet().stream()
				.map(f -> f.getKey() + ": " + messages.getMessage(f.getValue(), null, f.getValue(), locale)).toList();
		}
		if (e instanceof RuleViolationException rule) {
			return List.of(messages.getMessage(rule.messageKey(), rule.messageArguments(messages, locale), locale));
		}
		throw e;
	}

	/** The one sentence of a check-in refusal — no field names at the door. */
	static String sentence(RuntimeException e, MessageSource messages, Locale locale) {
		if (e instanceof InvalidInputException invalid) {
			String key = invalid.fieldErrors().values().iterator().next();
			return messages.getMessage(key, null, key, locale);
		}
		return sentences(e, messages, locale).get(0);
	}
}
