package org.pomegranate.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.pomegranate.shared.TimeConfiguration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates and times for templates ({@code @formats}), in the reader's language and the community's time zone. */
@Component("formats")
public class Formats {

	/**
	 * The JDK's Mongolian formats are written in Cyrillic, as in Mongolia; readers of the traditional
	 * script get plain numbers instead.
	 */
	private static final DateTimeFormatter MONGOLIAN_DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd");
	private static final DateTimeFormatter MONGOLIAN_DATE_TIME = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm");

	public String date(LocalDate date) {
		Locale locale = LocaleContextHolder.getLocale();
		return date == null ? "" : (mongolian(locale) ? MONGOLIAN_DATE
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)).format(date);
	}

	public String dateTime(Instant instant) {
		Locale locale = LocaleContextHolder.getLocale();
		return instant == null ? "" : (mongolian(locale) ? MONGOLIAN_DATE_TIME
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale))
			.withZone(TimeConfiguration.DISPLAY_ZONE).format(instant);
	}

	private static boolean mongolian(Locale locale) {
		return "mn".equals(locale.getLanguage());
	}
}
