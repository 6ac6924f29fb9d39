package org.pomegranate.servicedesk;

import java.time.Instant;
import java.util.UUID;

/**
 * One act on a request. Its words are the message {@code timeline.<kind>}.
 *
 * @param unitId        the unit it went to (routed, transferred, escalated), if any
 * @param relatedNumber the other request of a merge
 * @param dueAt         for an escalation, when the deadline it answers passed
 */
public record TimelineEntry(Instant at, String actor, String kind, UUID unitId, String unitName,
		String relatedNumber, Instant dueAt, String note) {

	public String messageKey() {
		return "timeline." + kind;
	}
}
