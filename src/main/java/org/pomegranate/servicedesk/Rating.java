package org.pomegranate.servicedesk;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The resident's answer to the two rating questions.
 *
 * @param channel {@code PORTAL} when the resident rated, {@code PHONE} when staff took it by phone
 */
public record Rating(@NotNull ResolutionAnswer resolution, @NotNull SatisfactionAnswer satisfaction,
		@Size(max = 500) String comment, Channel channel) {

	/** "Not resolved" or "unsatisfied": the community head calls back. */
	public boolean asksForRevisit() {
		return resolution == ResolutionAnswer.NOT_RESOLVED || satisfaction == SatisfactionAnswer.UNSATISFIED;
	}
}
