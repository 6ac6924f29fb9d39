package org.pomegranate.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.pomegranate.shared.TimeConfiguration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times for templates ({@code @formats}), in the reader's language and the community's time zone.
 * One numeral system per language: Western digits everywhere, as numbers inside sentences, request numbers and
 * the phone's keyboard use them, and as Tibetan and Mongolian administrative texts in China write dates.
 */
@Component("formats")
public class Formats {

	/**
	 * The JDK's Mongolian formats are written in Cyrillic, as in Mongolia; readers of the traditional
	 * script get plain numbers instead.
	 */
	private static final DateTimeFormatter MONGOLIAN_DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd");
	private static final DateTimeFormatter MONGOLIAN_DATE_TIME = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm");
	/**
	 * The JDK's Tibetan format writes the month in Tibetan digits (ཟླ་༡༡) and the year and day in Western ones, with
	 * a 12-hour clock: the same words here with Western digits only and a 24-hour clock.
	 */
	private static final DateTimeFormatter TIBETAN_DATE = DateTimeFormatter.ofPattern("y 'ལོའི་ཟླ་'M 'ཚེས་'d");
	private static final DateTimeFormatter TIBETAN_DATE_TIME = DateTimeFormatter.ofPattern("y 'ལོའི་ཟླ་'M 'ཚེས་'d HH:mm");

	public String date(LocalDate date) {
		return date == null ? "" : dateFormat(LocaleContextHolder.getLocale()).format(date);
	}

	public String dateTime(Instant instant) {
		return instant == null ? ""
				: dateTimeFormat(LocaleContextHolder.getLocale()).withZone(TimeConfiguration.DISPLAY_ZONE).format(instant);
	}

	/** The date format of a language, for callers outside templates (exports, notices). */
	public static DateTimeFormatter dateFormat(Locale locale) {
		return switch (locale.getLanguage()) {
			case "mn" -> MONGOLIAN_DATE;
			case "bo" -> TIBETAN_DATE;
			default -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		};
	}

	/** The date and time format of a language, without a zone. */
	public static DateTimeFormatter dateTimeFormat(Locale locale) {
		return switch (locale.getLanguage()) {
			case "mn" -> MONGOLIAN_DATE_TIME;
			case "bo" -> TIBETAN_DATE_TIME;
			default -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
		};
	}
}
