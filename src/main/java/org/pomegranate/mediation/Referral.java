package org.pomegranate.mediation;

/** Where the parties are sent when mediation does not settle (all) of the dispute. */
public enum Referral {
	COURT, ARBITRATION, JUDICIAL_CONFIRMATION
}
