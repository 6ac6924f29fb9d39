package org.pomegranate.servicedesk;

/** The resident's first rating question: was it resolved? */
public enum ResolutionAnswer {
	RESOLVED, PARTLY_RESOLVED, NOT_RESOLVED
}
