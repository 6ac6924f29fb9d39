package org.pomegranate.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every language is complete: English, Tibetan and Mongolian hold exactly the keys of the Chinese (default)
 * bundle, no key more and none less, and each text uses the same {@code {0}}-style arguments as the Chinese one.
 * A page in Tibetan must never fall back to Chinese, nor a stale key linger that no page uses any more; a
 * missing argument would silently drop a number or a name from the sentence a resident reads.
 */
class MessageBundlesTests {

	/** {@code {0}}, {@code {1,number}}, {@code {0,choice,…}}: the argument index, whatever its format. */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

	@ParameterizedTest
	@ValueSource(strings = { "en", "bo", "mn" })
	void holdsExactlyTheKeysOfTheChineseBundle(String language) throws IOException {
		Set<String> chinese = bundle("messages").keySet();
		Set<String> other = bundle("messages_" + language).keySet();
		Set<String> missing = new TreeSet<>(chinese);
		missing.removeAll(other);
		Set<String> extra = new TreeSet<>(other);
		extra.removeAll(chinese);
		assertThat(missing).as("keys of messages.properties missing in messages_%s", language).isEmpty();
		assertThat(extra).as("keys in messages_%s that messages.properties lacks", language).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "bo", "mn" })
	void usesTheSamePlaceholdersAsTheChineseBundle(String language) throws IOException {
		Map<String, String> chinese = bundle("messages");
		Map<String, String> wrong = new TreeMap<>();
		bundle("messages_" + language).forEach((key, text) -> {
			if (chinese.containsKey(key) && !placeholders(text).equals(placeholders(chinese.get(key)))) {
				wrong.put(key, placeholders(chinese.get(key)) + " expected, " + placeholders(text) + " found");
			}
		});
		assertThat(wrong).as("placeholders that differ from messages.properties in messages_%s", language).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages", "messages_en", "messages_bo", "messages_mn" })
	void noTextIsEmpty(String name) throws IOException {
		List<String> empty = bundle(name).entrySet().stream().filter(e -> e.getValue().isBlank())
			.map(Map.Entry::getKey).toList();
		assertThat(empty).as("empty texts in %s", name).isEmpty();
	}

	static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	static Map<String, String> bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(
				MessageBundlesTests.class.getResourceAsStream("/" + name + ".properties"), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		Map<String, String> map = new TreeMap<>();
		properties.forEach((k, v) -> map.put((String) k, (String) v));
		return map;
	}
}
