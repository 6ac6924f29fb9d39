package org.pomegranate.evaluation;

/**
 * The figures of one unit (or worker) for one month, each rate with its numerator and denominator.
 *
 * @param partly            "partly resolved" among the rated, shown beside the resolution rate
 * @param finalSatisfaction satisfaction after revisits, shown beside the first
 * @param composite         the weighted score of response, resolution and satisfaction, over the
 *                          rates that had something due (weights from configuration); {@code null}
 *                          when none had
 */
public record Figures(Counts counts, Rate response, Rate resolution, Rate partly, Rate satisfaction,
		Rate finalSatisfaction, Rate onTime, Double composite) {
}
