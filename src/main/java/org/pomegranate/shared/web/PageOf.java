package org.pomegranate.shared.web;

import java.util.List;

/**
 * One page of a list, as the API returns it and the pages render it.
 */
public record PageOf<T>(List<T> items, int page, int size, long total) {

	public static final int MAX_SIZE = 100;

	public int totalPages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	/** Clamps a requested page size to 1..{@value #MAX_SIZE}. */
	public static int clampSize(int size) {
		return Math.max(1, Math.min(MAX_SIZE, size));
	}

	public static long offset(int page, int size) {
		return (long) Math.max(0, page) * clampSize(size);
	}
}
