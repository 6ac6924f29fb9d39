package org.pomegranate.translation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The texts of the message bundles as shipped, read once: the Chinese one (every key the interface has) and the
 * machine-drafted Tibetan and Mongolian ones, sorted by key for paging.
 */
public final class Bundles {

	private static final Map<String, SortedMap<String, String>> LOADED = Map.of("zh", load("messages"), "bo",
			load("messages_bo"), "mn", load("messages_mn"));

	private Bundles() {
	}

	/** The shipped texts of a language ({@code zh}, {@code bo}, {@code mn}), sorted by key. */
	public static SortedMap<String, String> of(String language) {
		return LOADED.get(language);
	}

	private static SortedMap<String, String> load(String name) {
		Properties properties = new Properties();
		try (InputStream in = Bundles.class.getResourceAsStream("/" + name + ".properties")) {
			if (in != null) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		SortedMap<String, String> texts = new TreeMap<>();
		properties.forEach((k, v) -> texts.put((String) k, (String) v));
		return Collections.unmodifiableSortedMap(texts);
	}
}
