package org.pomegranate.facilities.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.pomegranate.facilities.RoomFeed;

/**
 * Writes a room's feed as an iCalendar stream (RFC 5545): CRLF line ends, lines folded at 75
 * octets without splitting a UTF-8 character, TEXT values escaped, times in UTC. Small enough
 * that a library would add more than it saves.
 */
final class IcsWriter {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final StringBuilder out = new StringBuilder();

	private IcsWriter() {
	}

	static String write(RoomFeed feed, Instant now) {
		IcsWriter w = new IcsWriter();
		w.line("BEGIN:VCALENDAR");
		w.line("VERSION:2.0");
		w.line("PRODID:-//Pomegranate//Facilities//ZH");
		w.line("CALSCALE:GREGORIAN");
		w.line("METHOD:PUBLISH");
		w.line("X-WR-CALNAME:" + text(feed.facilityName() + " · " + feed.roomName()));
		w.line("X-WR-TIMEZONE:Asia/Shanghai");
		for (RoomFeed.Entry e : feed.entries()) {
			w.line("BEGIN:VEVENT");
			w.line("UID:" + e.bookingId() + "@pomegranate");
			w.line("DTSTAMP:" + UTC.format(now));
			w.line("DTSTART:" + UTC.format(e.start()));
			w.line("DTEND:" + UTC.format(e.end()));
			w.line("SUMMARY:" + text(e.purpose()));
			w.line("LOCATION:" + text(feed.facilityName() + " " + feed.roomName() + ", " + feed.address()));
			w.line("STATUS:CONFIRMED");
			w.line("TRANSP:OPAQUE");
			w.line("END:VEVENT");
		}
		w.line("END:VCALENDAR");
		return w.out.toString();
	}

	/** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks escaped. */
	static String text(String value) {
		return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
			.replace("\n", "\\n").replace("\r", "\\n");
	}

	/** RFC 5545 3.1: content lines of at most 75 octets, continued with CRLF and one space. */
	private void line(String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int cp = content.codePointAt(i);
			int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 0;
				limit = 74;
			}
			out.appendCodePoint(cp);
			octets += size;
			i += Character.charCount(cp);
		}
		out.append("\r\n");
	}
}
