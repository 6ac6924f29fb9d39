package org.pomegranate.evaluation;

import java.time.YearMonth;

/** A month's figures of a unit or worker. */
public record MonthFigures(YearMonth month, Figures figures) {
}
