package org.pomegranate.servicedesk;

/** The resident's second rating question: how satisfied are you? */
public enum SatisfactionAnswer {
	SATISFIED, BASICALLY_SATISFIED, UNSATISFIED
}
