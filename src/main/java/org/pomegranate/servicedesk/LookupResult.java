package org.pomegranate.servicedesk;

import java.time.Instant;
import java.util.List;

/**
 * What someone holding a request's number and the phone it was filed with may see: where it
 * stands, its category, the building (never the room or a typed address) and the public steps of
 * its timeline. No names, no staff notes.
 */
public record LookupResult(String number, ServiceCategory category, RequestStatus status, String place,
		Instant submittedAt, List<Step> steps) {

	/** A public step: {@code kind} is a timeline kind (SUBMITTED, ACCEPTED, ...). */
	public record Step(String kind, Instant at) {
	}
}
