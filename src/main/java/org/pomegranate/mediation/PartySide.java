package org.pomegranate.mediation;

/** The party who asked for mediation, or the other side. */
public enum PartySide {
	APPLICANT, RESPONDENT
}
