package org.pomegranate.activities;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Participation of one unit in one month, in aggregate only.
 *
 * @param unitId            {@code null} on the totals row
 * @param participations    check-ins, walk-ins included
 * @param residentsReached  distinct registered residents who came
 * @param repeatRate        share of those who came to two or more activities that month; {@code null} with none
 * @param mixedShown        activities whose participants declared two or more groups, as published: a count,
 *                          {@code "< 10"} or {@code "*"} (small cells suppressed)
 * @param mixedShare        the share of activities held that were mixed, {@code null} while the count is hidden
 * @param volunteerHours    approved volunteer hours of the month in the unit and the units below it; on the
 *                          totals row, those of the reader's whole area
 */
public record ParticipationRow(UUID unitId, Localized unitName, YearMonth month, int activitiesHeld,
		int participations, int residentsReached, Double repeatRate, String mixedShown, Double mixedShare,
		BigDecimal volunteerHours) {
}
