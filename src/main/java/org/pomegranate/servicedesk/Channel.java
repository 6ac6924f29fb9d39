package org.pomegranate.servicedesk;

/** How a request (or a rating) reached the desk. */
public enum Channel {
	PORTAL, PHONE, WALK_IN, HOME_VISIT, HOTLINE_12345
}
