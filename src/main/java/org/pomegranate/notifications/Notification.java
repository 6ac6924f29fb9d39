package org.pomegranate.notifications;

import java.time.Instant;
import java.util.List;

/**
 * One message to one person. Its text is the message {@code notification.<kind>} with these
 * arguments, so every reader sees it in their own language; a notice to a resident carries her
 * language ({@code language}, {@code null} otherwise) and is worded in it wherever it is read.
 */
public record Notification(long id, String kind, List<String> args, String link, Instant createdAt, boolean read,
		String language) {

	/** A notice worded in the reader's language of the moment. */
	public Notification(long id, String kind, List<String> args, String link, Instant createdAt, boolean read) {
		this(id, kind, args, link, createdAt, read, null);
	}

	public String messageKey() {
		return "notification." + kind;
	}
}
