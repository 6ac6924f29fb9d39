package org.pomegranate.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * One numeral system per language: Western digits in every date and time, Tibetan and Mongolian included (the
 * JDK writes a Tibetan month in Tibetan digits beside a year in Western ones), and in every text of the bundles.
 */
class FormatsTests {

	private final Formats formats = new Formats();

	@Test
	void tibetanAndMongolianDatesUseWesternDigitsOnly() {
		LocalDate date = LocalDate.of(2026, 11, 30);
		Instant instant = Instant.parse("2026-11-30T01:05:00Z");
		for (String tag : new String[] { "bo", "mn", "zh-CN", "en" }) {
			LocaleContextHolder.setLocale(Locale.forLanguageTag(tag));
			try {
				String day = formats.date(date);
				String time = formats.dateTime(instant);
				assertThat(day).as(tag).contains("2026").contains("30").doesNotContainPattern(NATIVE_DIGITS);
				assertThat(time).as(tag).contains("9:05").doesNotContainPattern(NATIVE_DIGITS);
			}
			finally {
				LocaleContextHolder.resetLocaleContext();
			}
		}
		LocaleContextHolder.setLocale(Locale.forLanguageTag("bo"));
		try {
			assertThat(formats.date(date)).isEqualTo("2026 ལོའི་ཟླ་11 ཚེས་30");
			assertThat(formats.dateTime(instant)).isEqualTo("2026 ལོའི་ཟླ་11 ཚེས་30 09:05");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void theBundlesWriteWesternDigitsOnly() throws Exception {
		for (String name : new String[] { "messages_bo", "messages_mn" }) {
			MessageBundlesTests.bundle(name).forEach((key, text) -> assertThat(text).as("%s in %s", key, name)
				.doesNotContainPattern(NATIVE_DIGITS));
		}
	}

	/** Tibetan (U+0F20–0F29) and Mongolian (U+1810–1819) digits. */
	private static final String NATIVE_DIGITS = "[\u0f20-\u0f29\u1810-\u1819]";
}
