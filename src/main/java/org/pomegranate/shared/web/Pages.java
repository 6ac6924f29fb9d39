package org.pomegranate.shared.web;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;
import java.util.function.Function;

/**
 * Walks a paged list page by page, so that an export runs the very query the screen runs (same
 * filters, same scope, same masking) without holding the whole list.
 */
public final class Pages {

	private static final int SIZE = 500;

	private Pages() {
	}

	/** @param page fetches page {@code n} (0-based) of {@value #SIZE} items */
	public static <T> Iterator<List<?>> rows(IntFunction<List<T>> page, Function<T, List<?>> row) {
		return new Iterator<>() {
			private int next;
			private List<T> current = List.of();
			private int index;
			private boolean last;

			@Override
			public boolean hasNext() {
				if (index < current.size()) {
					return true;
				}
				if (last) {
					return false;
				}
				current = page.apply(next++);
				index = 0;
				last = current.size() < SIZE;
				return !current.isEmpty();
			}

			@Override
			public List<?> next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return row.apply(current.get(index++));
			}
		};
	}

	/**
	 * The same for a list paged by keyset: each batch starts after the last row of the one before.
	 *
	 * @param slice fetches the page after a cursor ({@code null}: the first) of {@value #SIZE} items
	 */
	public static <T> Iterator<List<?>> slices(Function<String, Slice<T>> slice, Function<T, List<?>> row) {
		return new Iterator<>() {
			private Slice<T> current;
			private int index;

			@Override
			public boolean hasNext() {
				if (current == null) {
					current = slice.apply(null);
				}
				while (index >= current.items().size() && current.hasNext()) {
					current = slice.apply(current.next());
					index = 0;
				}
				return index < current.items().size();
			}

			@Override
			public List<?> next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return row.apply(current.items().get(index++));
			}
		};
	}

	/** The page size {@link #rows} and {@link #slices} ask for. */
	public static int size() {
		return SIZE;
	}
}
