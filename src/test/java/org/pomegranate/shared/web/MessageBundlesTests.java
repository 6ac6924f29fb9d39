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

import org.junit.jupiter.api.Test;

/**
 * The message bundles: Chinese (default) and English are complete and agree on their
 * placeholders; Tibetan and Mongolian cover what residents see.
 */
class MessageBundlesTests {

	/**
	 * Prefixes (ending in a dot) and keys of what a resident sees: the sign-in page, the navigation and layout,
	 * the start page, "my data" (including the role badges of the staff who looked), the error page, the service
	 * desk's resident portal (submit, follow, rate, reopen) with the words and errors it shows.
	 */
	private static final List<String> RESIDENT_FACING = List.of(
			// sign-in, navigation, layout, pager
			"app.", "login.", "nav.", "page.",
			// the notifications page and its badge in the navigation
			"notifications.",
			// start page, as a resident sees it
			"home.title", "home.welcome", "home.tasks", "home.myData", "home.api",
			// "my data" and the values shown on it
			"mydata.", "resident.name", "resident.gender", "resident.birthDate", "resident.address",
			"resident.language", "resident.supportNeeds", "field.", "gender.", "language.", "ethnicity.", "support.",
			"newcomerNeed.", "audit.when", "audit.who", "audit.what", "audit.reason", "audit.system", "audit.action.",
			"role.",
			// error page
			"error.title", "error.home", "error.notFound", "error.forbidden", "error.badRequest", "error.server",
			"error.invalid", "error.unauthorized", "error.tooManyRequests",
			// service desk: the resident portal and the shared words it shows
			"portal.", "requestStatus.", "channel.", "resolution.", "satisfaction.", "timeline.", "notification.",
			// service desk: errors a resident can meet on the portal
			"error.required", "error.tooLong", "error.language", "error.phone", "error.field.type",
			"error.category.unknown", "error.extra.", "error.attachment.", "error.reopen.late", "error.rating.twice",
			"error.transition.reopen", "error.transition.rate",
			// input, scope and limits: the words of every field error and of a refusal for too many requests
			"NotBlank", "NotNull", "Size", "Past", "PastOrPresent", "Pattern", "typeMismatch", "error.controlCharacters",
			"error.unknownUnit", "error.unknownHousehold", "error.unknownResident", "error.unknownCommunity",
			"error.unknownRequest");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

	@Test
	void englishHasEveryChineseKey() throws IOException {
		assertThat(bundle("messages_en").keySet()).containsExactlyInAnyOrderElementsOf(bundle("messages").keySet());
	}

	@Test
	void englishUsesTheSamePlaceholders() throws IOException {
		Map<String, String> zh = bundle("messages");
		Map<String, String> en = bundle("messages_en");
		zh.forEach((key, text) -> assertThat(placeholders(en.getOrDefault(key, ""))).as(key)
			.isEqualTo(placeholders(text)));
	}

	@Test
	void tibetanAndMongolianHaveNoKeysTheDefaultLacks() throws IOException {
		Set<String> known = bundle("messages").keySet();
		assertThat(bundle("messages_bo").keySet()).isSubsetOf(known);
		assertThat(bundle("messages_mn").keySet()).isSubsetOf(known);
	}

	@Test
	void tibetanAndMongolianUseTheSamePlaceholders() throws IOException {
		Map<String, String> zh = bundle("messages");
		for (String language : List.of("bo", "mn")) {
			bundle("messages_" + language).forEach((key, text) -> assertThat(placeholders(text))
				.as("%s in messages_%s", key, language)
				.isEqualTo(placeholders(zh.getOrDefault(key, ""))));
		}
	}

	@Test
	void tibetanAndMongolianCoverTheResidentFacingPages() throws IOException {
		Set<String> needed = new TreeSet<>();
		for (String key : bundle("messages").keySet()) {
			if (RESIDENT_FACING.stream().anyMatch(p -> p.endsWith(".") ? key.startsWith(p) : key.equals(p))) {
				needed.add(key);
			}
		}
		for (String language : List.of("bo", "mn")) {
			Set<String> missing = new TreeSet<>(needed);
			missing.removeAll(bundle("messages_" + language).keySet());
			assertThat(missing).as("resident-facing keys missing in messages_%s", language).isEmpty();
		}
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static Map<String, String> bundle(String name) throws IOException {
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
