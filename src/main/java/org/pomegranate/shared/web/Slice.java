package org.pomegranate.shared.web;

import java.util.List;

/**
 * One page of a list paged by keyset (seek): the next page starts after the last row of this one,
 * so it costs the same deep in a list of millions as at its top, and no row repeats or is skipped
 * when rows are added between pages.
 *
 * @param from  the position of the first item (1-based), for 21–40 of about 436 thousand; 0 when empty
 * @param next  an opaque cursor for the page after this one ({@code after}), {@code null} on the last
 * @param total how many there are, exactly or estimated
 */
public record Slice<T>(List<T> items, int size, long from, String next, Total total) {

	/** Fetch one row more than the page shows: it tells whether there is a next page. */
	public static <T> Slice<T> of(List<T> fetched, int size, long from, Total total,
			java.util.function.Function<T, String> cursorOf) {
		boolean more = fetched.size() > size;
		List<T> items = more ? List.copyOf(fetched.subList(0, size)) : fetched;
		String next = more ? cursorOf.apply(items.get(items.size() - 1)) : null;
		return new Slice<>(items, size, items.isEmpty() ? 0 : from, next, total);
	}

	/** The position of the last item shown. */
	public long to() {
		return items.isEmpty() ? 0 : from + items.size() - 1;
	}

	public boolean hasNext() {
		return next != null;
	}

	/** The position the page after this one starts at. */
	public long nextFrom() {
		return to() + 1;
	}
}
