package org.pomegranate.volunteers;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Approved volunteer hours done for a unit and everything below it in one month.
 *
 * @param hours      the total, to one decimal (minutes are summed first, then divided)
 * @param volunteers how many different volunteers gave them
 */
public record UnitHours(UUID unitId, YearMonth month, BigDecimal hours, int volunteers) {
}
