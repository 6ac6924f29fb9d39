package org.pomegranate.mediation;

/**
 * The resolution rate (化解率) of one unit in one month: cases ended in agreement ÷ cases closed
 * (agreed, partial or failed) that month, with its numerator and denominator.
 *
 * @param month  {@code 2026-11} (Asia/Shanghai)
 * @param rate   {@code null} when no case closed
 * @param target the target rate (0.95)
 */
public record MonthRate(String month, int agreed, int partial, int failed, int closed, Double rate, double target,
		Boolean meetsTarget) {
}
