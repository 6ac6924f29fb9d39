package org.pomegranate.servicedesk.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.pomegranate.servicedesk.TimelineEntry;
import org.pomegranate.servicedesk.internal.Timeline;
import org.pomegranate.shared.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words the workbench pages compute on the server, in the reader's language: how long until (or
 * since) a deadline, and what each timeline entry says.
 */
@Component
class WorkbenchWords {

	private final MessageSource messages;
	private final Formats formats;
	private final Clock clock;
	private final TimelineSentences sentences;

	WorkbenchWords(MessageSource messages, Formats formats, Clock clock,
			TimelineSentences sentences) {
		this.messages = messages;
		this.formats = formats;
		this.clock = clock;
		this.sentences = sentences;
	}

	/** "3 hours left" or "2 hours overdue", in minutes below an hour and in days from two days on. */
	Countdown until(Instant deadline) {
		if (deadline == null) {
			return null;
		}
		Duration left = Duration.between(clock.instant(), deadline);
		boolean overdue = left.isNegative();
		Duration span = left.abs();
		String unit;
		long amount;
		if (span.toMinutes() < 60) {
			unit = "minutes";
			amount = Math.max(1, span.toMinutes());
		}
		else if (span.toHours() < 48) {
			unit = "hours";
			amount = span.toHours();
		}
		else {
			unit = "days";
			amount = span.toDays();
		}
		String key = "workbench.due." + (overdue ? "over" : "left") + "." + unit;
		return new Countdown(text(key, amount), overdue);
	}

	/** One timeline entry in words, with who did it, the note staff read and, for an escalation, the deadline. */
	TimelineLine line(TimelineEntry e) {
		String actor = Timeline.SYSTEM.equals(e.actor()) ? text("workbench.actor.system") : e.actor();
		String note = "ASSIGNED".equals(e.kind()) ? null : e.note();
		return new TimelineLine(formats.dateTime(e.at()), actor,
				sentences.sentence(e), note,
				e.dueAt() == null ? null : formats.dateTime(e.dueAt()));
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/** @param overdue shown in red */
	record Countdown(String text, boolean overdue) {
	}

	/** @param dueAt for an escalation: when the deadline it answers passed */
	record TimelineLine(String at, String actor, String text, String note, String dueAt) {
	}
}
