package org.pomegranate.evaluation;

/**
 * The counts behind a month's figures.
 *
 * @param responseDue      requests whose first-response deadline fell in the month
 * @param responseOnTime   of those, first responded at or before the deadline
 * @param resolved         requests first resolved in the month
 * @param resolvedOnTime   of those, resolved at or before the resolution deadline that applied
 * @param rated            requests first rated in the month
 * @param ratedResolved    of those, answered "resolved"
 * @param ratedPartly      of those, answered "partly resolved"
 * @param ratedSatisfied   of those, answered "satisfied" (first rating)
 * @param ratedBasically   of those, answered "basically satisfied" (first rating)
 * @param finalSatisfied   of those, "satisfied" after revisits
 * @param finalBasically   of those, "basically satisfied" after revisits
 * @param submitted        requests taken in during the month
 * @param escalated        escalation steps taken during the month
 * @param transferred      requests received by transfer during the month
 * @param reopened         requests reopened by their resident during the month
 * @param closedUnrated    resolved requests that closed unrated during the month
 * @param revisited        revisits (call-backs) done during the month
 */
public record Counts(int responseDue, int responseOnTime, int resolved, int resolvedOnTime, int rated,
		int ratedResolved, int ratedPartly, int ratedSatisfied, int ratedBasically, int finalSatisfied,
		int finalBasically, int submitted, int escalated, int transferred, int reopened, int closedUnrated,
		int revisited) {

	/** From the rollup columns, in their order. */
	public static Counts of(int[] c) {
		return new Counts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13],
				c[14], c[15], c[16]);
	}
}
