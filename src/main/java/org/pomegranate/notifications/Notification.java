package org.pomegranate.notifications;

import java.time.Instant;
import java.util.List;

/**
 * One message to one person. Its text is the message {@code notification.<kind>} with these
 * arguments, so every reader sees it in their own language.
 */
public record Notification(long id, String kind, List<String> args, String link, Instant createdAt, boolean read) {

	public String messageKey() {
		return "notification." + kind;
	}
}
