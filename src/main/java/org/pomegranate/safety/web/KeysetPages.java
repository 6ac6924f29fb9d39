package org.pomegranate.safety.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.pomegranate.registry.Slice;
import org.pomegranate.shared.web.TableExports;

/** Every page of a keyset list, for an export: page after page until there is no next, or the export's limit. */
final class KeysetPages {

	private KeysetPages() {
	}

	static <T> List<T> all(Function<UUID, Slice<T>> page) {
		List<T> rows = new ArrayList<>();
		UUID after = null;
		do {
			Slice<T> slice = page.apply(after);
			rows.addAll(slice.items());
			after = slice.next();
		}
		while (after != null && rows.size() < TableExports.MAX_ROWS);
		return rows;
	}
}
