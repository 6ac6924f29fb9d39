package org.pomegranate.facilities;

/** Who asked for a booking: a staff member, a signed-in resident, or an organisation (entered by staff). */
public enum RequesterKind {
	STAFF, RESIDENT, ORGANISATION
}
