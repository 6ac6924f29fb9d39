package org.pomegranate.shared.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list paged by keyset (seek): the next page starts after the last row of this one,
 * so it costs the same deep in a list of millions as at its top, and no row repeats or is skipped
 * when rows are added between pages.
 *
 * @param from     the position of the first item (1-based), for 21–40 of about 436 thousand; 0 when empty
 * @param next     an opaque cursor for the page after this one ({@code after}), {@code null} on the last
 * @param total    how many there are, exactly or estimated
 * @param previous an opaque cursor for the page before this one (also passed as {@code after}), for lists
 *                 that can seek backwards; {@code null} on the first page and for lists that cannot
 */
public record Slice<T>(List<T> items, int size, long from, String next, Total total, String previous) {

	/** A page of a list that is only read forwards. */
	public Slice(List<T> items, int size, long from, String next, Total total) {
		this(items, size, from, next, total, null);
	}

	/** Fetch one row more than the page shows: it tells whether there is a next page. */
	public static <T> Slice<T> of(List<T> fetched, int size, long from, Total total, Function<T, String> cursorOf) {
		boolean more = fetched.size() > size;
		List<T> items = more ? List.copyOf(fetched.subList(0, size)) : fetched;
		String next = more ? cursorOf.apply(items.get(items.size() - 1)) : null;
		return new Slice<>(items, size, items.isEmpty() ? 0 : from, next, total);
	}

	/** The same page with the cursor back to the page before it. */
	public Slice<T> withPrevious(String previous) {
		return new Slice<>(items, size, from, next, total, previous);
	}

	/** The position of the last item shown. */
	public long to() {
		return items.isEmpty() ? 0 : from + items.size() - 1;
	}

	public boolean hasNext() {
		return next != null;
	}

	public boolean hasPrevious() {
		return previous != null;
	}

	/** The position the page after this one starts at. */
	public long nextFrom() {
		return to() + 1;
	}
}
