package org.pomegranate.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * A keyset cursor as an opaque string: the sort key of the last row shown (and where the page
 * after it starts), so clients pass it back as {@code after} and never build one themselves. A
 * cursor that is not one of ours is a 400, not an error page.
 */
public final class Cursor {

	/** Longer than any cursor we write; a longer one is refused before it is decoded. */
	private static final int MAX_LENGTH = 400;
	private static final String SEPARATOR = "\u001f";

	private Cursor() {
	}

	/** Encodes the parts; the first names the kind of list, so a cursor of one order never serves another. */
	public static String encode(Object... parts) {
		StringBuilder text = new StringBuilder();
		for (Object part : parts) {
			if (!text.isEmpty()) {
				text.append(SEPARATOR);
			}
			text.append(part);
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Decodes a cursor written by {@link #encode} for the list {@code kind} with {@code parts} parts
	 * (the kind included) and reads it; anything else, or a part the reader refuses, is a 400 on
	 * {@code field}.
	 */
	public static <T> T decode(String cursor, String field, String kind, int parts, Function<List<String>, T> reader) {
		return decode(cursor, field, List.of(kind), parts, reader);
	}

	/**
	 * As {@link #decode(String, String, String, int, Function)} for a cursor of one of several kinds (a list read
	 * forwards or backwards, say): the reader sees the kind as the first part.
	 */
	public static <T> T decode(String cursor, String field, List<String> kinds, int parts,
			Function<List<String>, T> reader) {
		try {
			if (cursor.length() > MAX_LENGTH) {
				throw new IllegalArgumentException("too long");
			}
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			List<String> read = List.of(text.split(SEPARATOR, -1));
			if (read.size() != parts || !kinds.contains(read.get(0))) {
				throw new IllegalArgumentException("not this list's cursor");
			}
			return reader.apply(read);
		}
		catch (RuntimeException e) {
			throw new InvalidInputException(field, "error.cursor");
		}
	}
}
