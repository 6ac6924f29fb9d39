package org.pomegranate.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.pomegranate.shared.TimeConfiguration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates and times for templates ({@code @formats}), in the reader's language and the community's time zone. */
@Component("formats")
public class Formats {

	public String date(LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(LocaleContextHolder.getLocale()).format(date);
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale()).withZone(TimeConfiguration.DISPLAY_ZONE).format(instant);
	}
}
