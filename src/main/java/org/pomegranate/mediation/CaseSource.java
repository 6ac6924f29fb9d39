package org.pomegranate.mediation;

/** How a case came in: referred from a service request, found on a door-to-door screening round, or a walk-in. */
public enum CaseSource {
	SERVICE_REQUEST, SCREENING, WALK_IN
}
