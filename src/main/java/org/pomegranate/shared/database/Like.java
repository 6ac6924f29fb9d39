package org.pomegranate.shared.database;

/** Patterns for SQL {@code like}/{@code ilike} built from what a person typed. */
public final class Like {

	private Like() {
	}

	/**
	 * A pattern matching text that contains {@code typed} literally: a {@code %} or {@code _} in a
	 * search box is a character, not a wildcard (PostgreSQL's default escape is the backslash).
	 */
	public static String containing(String typed) {
		return "%" + literal(typed) + "%";
	}

	/** A pattern matching text that starts with {@code prefix} literally (a unit's path and its subtree). */
	public static String startingWith(String prefix) {
		return literal(prefix) + "%";
	}

	private static String literal(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
