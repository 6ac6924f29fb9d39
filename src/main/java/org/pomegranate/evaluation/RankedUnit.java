package org.pomegranate.evaluation;

import java.util.UUID;

/**
 * A unit one level down (or a worker of a grid) with its month's figures and its place.
 *
 * @param workerId {@code null} for a unit; for a worker, {@code unitId} is their grid
 * @param rank     1 for the best composite; units with no composite come last, unranked ({@code null})
 */
public record RankedUnit(Integer rank, UUID unitId, UUID workerId, String name, String level, Figures figures) {
}
