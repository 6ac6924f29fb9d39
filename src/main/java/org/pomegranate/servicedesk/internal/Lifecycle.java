package org.pomegranate.servicedesk.internal;

import static org.pomegranate.servicedesk.RequestStatus.ACCEPTED;
import static org.pomegranate.servicedesk.RequestStatus.IN_PROGRESS;
import static org.pomegranate.servicedesk.RequestStatus.REOPENED;
import static org.pomegranate.servicedesk.RequestStatus.RESOLVED;
import static org.pomegranate.servicedesk.RequestStatus.SUBMITTED;
import static org.pomegranate.servicedesk.RequestStatus.TRANSFERRED;

import java.util.EnumSet;
import java.util.Set;

import org.pomegranate.servicedesk.RequestStatus;
import org.pomegranate.shared.web.RuleViolationException;

/** Which act is allowed in which status. Anything else is refused with a message, and nothing changes. */
public enum Lifecycle {
	ACCEPT(EnumSet.of(SUBMITTED, TRANSFERRED, REOPENED)),
	START(EnumSet.of(ACCEPTED)),
	RESOLVE(EnumSet.of(ACCEPTED, IN_PROGRESS)),
	TRANSFER(EnumSet.of(SUBMITTED, ACCEPTED, IN_PROGRESS, TRANSFERRED, REOPENED)),
	MERGE(EnumSet.of(SUBMITTED, ACCEPTED, IN_PROGRESS, TRANSFERRED)),
	REJECT(EnumSet.of(SUBMITTED, TRANSFERRED)),
	REOPEN(EnumSet.of(RESOLVED)),
	RATE(EnumSet.of(RESOLVED));

	private final Set<RequestStatus> from;

	Lifecycle(Set<RequestStatus> from) {
		this.from = from;
	}

	public boolean allowedFrom(RequestStatus status) {
		return from.contains(status);
	}

	/** @throws RuleViolationException with {@code error.transition.<act>} when not allowed */
	public void check(RequestStatus status) {
		if (!allowedFrom(status)) {
			throw new RuleViolationException("error.transition." + name().toLowerCase());
		}
	}
}
