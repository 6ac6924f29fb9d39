package org.pomegranate.evaluation;

/** A rate whose requests can be listed: its denominator, with the numerator's marked. */
public enum Figure {
	RESPONSE, RESOLUTION, PARTLY, SATISFACTION, FINAL_SATISFACTION, ON_TIME
}
