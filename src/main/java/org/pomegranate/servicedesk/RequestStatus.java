package org.pomegranate.servicedesk;

/** Where a request stands. The SLA clock runs only while someone still owes the resident an answer. */
public enum RequestStatus {
	SUBMITTED, ACCEPTED, IN_PROGRESS, RESOLVED, CLOSED, TRANSFERRED, MERGED, REJECTED, REOPENED,
	/** Taken back by the resident while it was still open: closed, nothing left to do. */
	WITHDRAWN;

	/** Still waiting on staff: in the queues, and on the SLA clock. */
	public boolean isOpen() {
		return this == SUBMITTED || this == ACCEPTED || this == IN_PROGRESS || this == TRANSFERRED || this == REOPENED;
	}
}
