package org.pomegranate.shared.web;

/**
 * How many items a list holds, as far as it is worth knowing: exact for small lists; for large ones
 * the planner's estimate (about 436 thousand) or a floor (more than ten thousand), because an exact count
 * over millions of rows on every page costs more than the page itself. An exact count is given on demand.
 *
 * @param value the count, the estimate, or the floor
 */
public record Total(long value, Kind kind) {

	/** Up to this many items a list is counted exactly on every page (a count bounded by a LIMIT). */
	public static final int EXACT_UP_TO = 10_000;

	public enum Kind {
		/** Counted. */
		EXACT,
		/** The database's estimate, rounded: a large list. */
		ABOUT,
		/** More than {@link #value()}, the estimate being no better. */
		MORE_THAN
	}

	public static Total exact(long value) {
		return new Total(value, Kind.EXACT);
	}

	/** More than {@code floor}: a list that was not counted beyond a point (a page of it, say). */
	public static Total moreThan(long floor) {
		return new Total(floor, Kind.MORE_THAN);
	}

	/** An estimate rounded to three significant figures, never below the floor it is known to exceed. */
	public static Total about(long estimate) {
		if (estimate <= EXACT_UP_TO) {
			return moreThan(EXACT_UP_TO);
		}
		long unit = 1;
		while (estimate / unit >= 1000) {
			unit *= 10;
		}
		return new Total(Math.round((double) estimate / unit) * unit, Kind.ABOUT);
	}

	public boolean isExact() {
		return kind == Kind.EXACT;
	}

	public boolean isEmpty() {
		return kind == Kind.EXACT && value == 0;
	}
}
