package org.pomegranate.servicedesk;

import java.time.Instant;
import java.util.UUID;

/**
 * A step the resident is told of: her request was accepted, started, transferred, resolved, merged
 * or rejected. Its id is named after the timeline entry of the step, so a listener that runs twice
 * can tell it already acted.
 */
public record RequestProgressed(UUID eventId, UUID requestId, String number, Step step, Instant at) {

	/** The steps a resident hears of. */
	public enum Step {
		ACCEPTED, STARTED, TRANSFERRED, RESOLVED, MERGED, REJECTED;

		/** The notice's kind: {@code notification.resident.<step>} words it. */
		public String noticeKind() {
			return "resident." + name().toLowerCase();
		}
	}
}
