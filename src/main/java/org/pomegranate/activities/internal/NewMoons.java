package org.pomegranate.activities.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.pomegranate.shared.TimeConfiguration;

/**
 * The instant of a new moon after J. Meeus, <i>Astronomical Algorithms</i> (2nd ed., 1998), chapter 49:
 * the mean phase with its periodic terms (the planetary terms, under half a minute, are left out).
 * Accurate to about a minute, which is what settles the day a lunar month begins in Beijing time.
 */
final class NewMoons {

	private static final double JULIAN_DAY_OF_EPOCH = 2_440_587.5;

	/** Terrestrial minus universal time, about 69 s in the 2020s; a minute's error changes no day but at midnight's edge. */
	private static final Duration DELTA_T = Duration.ofSeconds(69);

	private NewMoons() {
	}

	/** The Beijing day of the true new moon nearest to {@code near} — a first lunar day from ICU. */
	static LocalDate firstDayNear(LocalDate near) {
		double jd = near.toEpochDay() + JULIAN_DAY_OF_EPOCH + 0.5;
		long k = Math.round((jd - 2451550.09766) / 29.530588861);
		Instant best = null;
		for (long candidate = k - 1; candidate <= k + 1; candidate++) {
			Instant at = instant(candidate);
			if (best == null || Math.abs(Duration.between(noonOf(near), at).toMinutes()) < Math.abs(
					Duration.between(noonOf(near), best).toMinutes())) {
				best = at;
			}
		}
		return best.atZone(TimeConfiguration.DISPLAY_ZONE).toLocalDate();
	}

	private static Instant noonOf(LocalDate day) {
		return day.atTime(12, 0).atZone(TimeConfiguration.DISPLAY_ZONE).toInstant();
	}

	/** The new moon number {@code k} — 0 = 6 January 2000 as an instant in universal time. */
	static Instant instant(long k) {
		double t = k / 1236.85;
		double t2 = t * t, t3 = t2 * t, t4 = t3 * t;
		double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
		double e = 1 - 0.002516 * t - 0.0000074 * t2;
		double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
		double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
		double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
		double omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
		double correction = -0.40720 * Math.sin(mp) + 0.17241 * e * Math.sin(m) + 0.01608 * Math.sin(2 * mp)
				+ 0.01039 * Math.sin(2 * f) + 0.00739 * e * Math.sin(mp - m) - 0.00514 * e * Math.sin(mp + m)
				+ 0.00208 * e * e * Math.sin(2 * m) - 0.00111 * Math.sin(mp - 2 * f) - 0.00057 * Math.sin(mp + 2 * f)
				+ 0.00056 * e * Math.sin(2 * mp + m) - 0.00042 * Math.sin(3 * mp) + 0.00042 * e * Math.sin(m + 2 * f)
				+ 0.00038 * e * Math.sin(m - 2 * f) - 0.00024 * e * Math.sin(2 * mp - m) - 0.00017 * Math.sin(omega)
				- 0.00007 * Math.sin(mp + 2 * m) + 0.00004 * Math.sin(2 * mp - 2 * f) + 0.00004 * Math.sin(3 * m)
				+ 0.00003 * Math.sin(mp + m - 2 * f) + 0.00003 * Math.sin(2 * mp + 2 * f)
				- 0.00003 * Math.sin(mp + m + 2 * f) + 0.00003 * Math.sin(mp - m + 2 * f)
				- 0.00002 * Math.sin(mp - m - 2 * f) - 0.00002 * Math.sin(3 * mp + m) + 0.00002 * Math.sin(4 * mp);
		double days = jde + correction - JULIAN_DAY_OF_EPOCH;
		long millis = Math.round(days * 86_400_000d);
		return Instant.ofEpochMilli(millis).minus(DELTA_T);
	}

	private static double rad(double degrees) {
		return Math.toRadians(degrees % 360);
	}
}
