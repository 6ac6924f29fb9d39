package org.pomegranate.imports;

import java.util.Arrays;
import java.util.Optional;

/** What one file carries; each kind has its own template and rules. */
public enum ImportKind {
	UNITS("units"), PLACES("places"), HOUSEHOLDS("households"), RESIDENTS("residents");

	private final String slug;

	ImportKind(String slug) {
		this.slug = slug;
	}

	/** The name in URLs and forms, e.g. {@code residents}. */
	public String slug() {
		return slug;
	}

	public static Optional<ImportKind> ofSlug(String slug) {
		return Arrays.stream(values()).filter(k -> k.slug.equalsIgnoreCase(slug) || k.name().equalsIgnoreCase(slug))
			.findFirst();
	}
}
