package org.pomegranate.safety;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.pomegranate.registry.Slice;

/** Keyset pages of the safety lists: one row more than asked tells whether another page follows. */
final class Paging {

	static final int MAX = 100;

	private Paging() {
	}

	static int limit(int size) {
		return Math.max(1, Math.min(MAX, size));
	}

	static <T> Slice<T> slice(List<T> rows, int limit, Function<T, UUID> id) {
		if (rows.size() <= limit) {
			return new Slice<>(rows, null);
		}
		List<T> page = rows.subList(0, limit);
		return new Slice<>(List.copyOf(page), id.apply(page.get(limit - 1)));
	}
}
