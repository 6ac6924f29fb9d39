package org.pomegranate.servicedesk.web;

import org.pomegranate.servicedesk.TimelineEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What one timeline entry says, in the reader's language, for the resident's portal and the staff
 * workbench alike: the message {@code timeline.<kind>} with what the kind carries. Who did it and
 * which notes are shown differ by page, and stay with each page's wording.
 */
@Component
class TimelineSentences {

	private final MessageSource messages;

	TimelineSentences(MessageSource messages) {
		this.messages = messages;
	}

	String sentence(TimelineEntry e) {
		if ("REVISITED".equals(e.kind()) && e.relatedNumber() != null) {
			// the resident's satisfaction after the call travels as the "related" text
			return messages.getMessage("timeline.REVISITED_AFTER",
					new Object[] { word("satisfaction." + e.relatedNumber()) }, e.kind(), LocaleContextHolder.getLocale());
		}
		Object[] args = switch (e.kind()) {
			case "RATED" -> rated(e.relatedNumber());
			// the assignee's name travels as the note
			case "ASSIGNED" -> new Object[] { e.note() };
			case "MERGED", "MERGED_FROM", "REFERRED_TO_MEDIATION" -> new Object[] { e.relatedNumber() };
			default -> new Object[] { e.unitName() };
		};
		return messages.getMessage(e.messageKey(), args, e.kind(), LocaleContextHolder.getLocale());
	}

	/** A rating travels as "RESOLVED SATISFIED": each answer worded in the reader's language. */
	private Object[] rated(String answers) {
		String[] parts = answers == null ? new String[0] : answers.split(" ");
		return new Object[] { parts.length > 0 ? word("resolution." + parts[0]) : "",
				parts.length > 1 ? word("satisfaction." + parts[1]) : "" };
	}

	private String word(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
