package org.pomegranate.evaluation;

import java.time.Instant;
import java.util.UUID;

/**
 * A request behind a figure: it is in the denominator; {@code inNumerator} says whether it is in
 * the numerator too. Numbers and kinds only: nothing about the resident.
 *
 * @param at when it counted: the response deadline, the resolution or the first rating
 */
public record FigureRequest(UUID requestId, String number, String categoryCode, String tier, boolean inNumerator,
		UUID unitId, UUID workerId, Instant at) {
}
