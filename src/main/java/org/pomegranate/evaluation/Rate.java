package org.pomegranate.evaluation;

/**
 * One rate with what it is made of.
 *
 * @param percent {@code numerator / denominator} in percent, one decimal; {@code null} when nothing was due
 */
public record Rate(int numerator, int denominator, Double percent) {

	public static Rate of(int numerator, int denominator) {
		return new Rate(numerator, denominator,
				denominator == 0 ? null : Math.round(numerator * 1000.0 / denominator) / 10.0);
	}
}
