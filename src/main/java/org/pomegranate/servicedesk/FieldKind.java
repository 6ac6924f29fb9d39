package org.pomegranate.servicedesk;

/** The kinds of extra field a category can ask for. */
public enum FieldKind {
	TEXT, NUMBER, DATE, SINGLE_CHOICE, MULTIPLE_CHOICE
}
