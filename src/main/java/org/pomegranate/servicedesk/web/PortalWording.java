package org.pomegranate.servicedesk.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.pomegranate.servicedesk.RequestDetails;
import org.pomegranate.servicedesk.RequestHandling;
import org.pomegranate.servicedesk.RequestStatus;
import org.pomegranate.servicedesk.RequestSummary;
import org.pomegranate.servicedesk.TimelineEntry;
import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.shared.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts a request into the plain words a resident reads: one or two sentences on where it stands
 * (who has it, by when it will be done) and its timeline, each act as a sentence in their language.
 */
@Component
class PortalWording {

	/** Acts whose note is meant for the resident: what was done, where to go, their own words. */
	private static final Set<String> NOTES_FOR_RESIDENT = Set.of("RESOLVED", "REJECTED", "REOPENED", "RATED", "INFO_ADDED",
			"RESIDENT_MESSAGE", "WORKER_MESSAGE", "WITHDRAWN", "ATTACHED");

	private final MessageSource messages;
	private final Formats formats;
	private final Clock clock;
	private final TimelineSentences sentences;

	PortalWording(MessageSource messages, Formats formats, Clock clock, TimelineSentences sentences) {
		this.messages = messages;
		this.formats = formats;
		this.clock = clock;
		this.sentences = sentences;
	}

	/** One line of the timeline as the resident reads it. */
	record Line(Instant at, String actor, String text, String note) {
	}

	/** Where the request stands, in one to three sentences. */
	List<String> standing(RequestDetails request, Optional<RequestStatus> mergeTargetStatus) {
		RequestSummary s = request.summary();
		String who = s.assigneeName() == null ? s.unitName()
				: say("portal.standing.who", s.assigneeName(), s.unitName());
		String respondBy = formats.dateTime(s.responseDue());
		String resolveBy = day(s.resolveDue());
		List<String> sentences = new ArrayList<>();
		switch (s.status()) {
			case SUBMITTED -> sentences.add(s.assigneeName() == null
					? say("portal.standing.SUBMITTED", s.unitName(), respondBy)
					: say("portal.standing.SUBMITTED.assigned", who, respondBy));
			case ACCEPTED, IN_PROGRESS, REOPENED -> sentences.add(say("portal.standing." + s.status(), who, resolveBy));
			case TRANSFERRED -> sentences.add(say("portal.standing.TRANSFERRED", s.unitName(), resolveBy));
			case RESOLVED -> {
				sentences.add(say("portal.standing.RESOLVED"));
				if (reopenable(request)) {
					sentences.add(say("portal.standing.reopenUntil", reopenUntil(request)));
				}
			}
			case CLOSED -> sentences.add(say("portal.standing.CLOSED"));
			case MERGED -> sentences.add(say("portal.standing.MERGED", request.mergedIntoNumber(),
					mergeTargetStatus.map(t -> say("requestStatus." + t)).orElse("")));
			case REJECTED -> sentences.add(say("portal.standing.REJECTED"));
			case WITHDRAWN -> sentences.add(say("portal.standing.WITHDRAWN"));
		}
		// the ladder only moves when a deadline passed, so an escalated open request is an overdue one
		if (s.status().isOpen() && request.escalatedToUnitName() != null) {
			sentences.add(say("portal.standing.escalated", request.escalatedToUnitName()));
		}
		return sentences;
	}

	List<Line> timeline(RequestDetails request) {
		return request.timeline().stream().map(this::line).toList();
	}

	/** A resident may say "not done yet" within 15 days of resolution. */
	boolean reopenable(RequestDetails request) {
		return request.status() == RequestStatus.RESOLVED && request.resolvedAt() != null
				&& request.resolvedAt().plus(RequestHandling.REOPEN_WINDOW).isAfter(clock.instant());
	}

	String reopenUntil(RequestDetails request) {
		return formats.dateTime(request.resolvedAt().plus(RequestHandling.REOPEN_WINDOW));
	}

	private Line line(TimelineEntry e) {
		String actor = e.actor() == null || "system".equals(e.actor()) ? say("portal.timeline.system") : e.actor();
		return new Line(e.at(), actor, sentences.sentence(e),
				NOTES_FOR_RESIDENT.contains(e.kind()) ? e.note() : null);
	}

	private String day(Instant instant) {
		return instant == null ? "" : formats.date(LocalDate.ofInstant(instant, TimeConfiguration.DISPLAY_ZONE));
	}

	private String say(String key, Object... args) {
		return messages.getMessage(key, args, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
