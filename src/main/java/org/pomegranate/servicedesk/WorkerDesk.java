package org.pomegranate.servicedesk;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.servicedesk.internal.RequestNumber;
import org.pomegranate.servicedesk.internal.QueueSearch;
import org.pomegranate.servicedesk.internal.RequestRepository;
import org.pomegranate.servicedesk.internal.StoredRequest;
import org.pomegranate.servicedesk.internal.Timeline;
import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.shared.web.ControlCharacters;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.pomegranate.shared.database.Like;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a grid worker's phone asks of the desk beyond the queue: how many requests wait and how
 * many are late, finding one by its number or a few words, the first line of each card, and a note
 * on a request that may arrive twice (drafted with no signal, sent again when the answer was lost).
 */
@Service
@Transactional
public class WorkerDesk {

	/** A search answers at most this many requests: a phone shows a short list, never a whole county. */
	public static final int SEARCH_LIMIT = 30;
	static final int MAX_QUERY = 60;
	static final int MAX_WORDS = 5;
	static final int MAX_NOTE = 1000;
	static final String NOTED = "NOTED";

	private static final Pattern FULL_NUMBER = Pattern.compile(RequestNumber.PATTERN);
	private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

	private final RequestRepository requests;
	private final QueueSearch queues;
	private final Timeline timeline;
	private final IdentityManagement identity;
	private final Clock clock;
	private final String numberPrefix;

	WorkerDesk(RequestRepository requests, QueueSearch queues, Timeline timeline, IdentityManagement identity, Clock clock,
			@Value("${pomegranate.servicedesk.number-prefix:HX}") String numberPrefix) {
		this.requests = requests;
		this.queues = queues;
		this.timeline = timeline;
		this.identity = identity;
		this.clock = clock;
		this.numberPrefix = numberPrefix;
	}

	/** Open requests assigned to the caller and how many of them are past the deadline that matters now. */
	@Transactional(readOnly = true)
	public QueueCounts myCounts() {
		CurrentUser user = identity.require(Permission.VIEW_REQUESTS);
		int[] counts = queues.openAndOverdueOf(user.accountId(), clock.instant());
		return new QueueCounts(counts[0], counts[1]);
	}

	/**
	 * Requests of the caller's scope found by what was typed: a whole number ({@code HX-2026-000123})
	 * or its running digits ({@code 123}, this year's or last year's) exactly; otherwise up to
	 * {@value #MAX_WORDS} words that the description or the address must all hold, among the open
	 * requests of the scope. Emergencies first, then the queue's order; at most {@value #SEARCH_LIMIT}.
	 *
	 * @throws InvalidInputException naming {@code q} for a query over 60 characters or with control characters
	 */
	@Transactional(readOnly = true)
	public List<RequestSummary> find(String query) {
		CurrentUser user = identity.require(Permission.VIEW_REQUESTS);
		String q = query == null ? "" : ControlCharacters.check("q", query).strip();
		if (q.length() > MAX_QUERY) {
			throw new InvalidInputException("q", "error.tooLong");
		}
		if (q.isEmpty()) {
			return List.of();
		}
		UUID[] scope = identity.scopeOf(user).asArray();
		Instant now = clock.instant();
		Locale locale = LocaleContextHolder.getLocale();
		String upper = q.toUpperCase(Locale.ROOT);
		if (FULL_NUMBER.matcher(upper).matches()) {
			return queues.byNumbers(List.of(upper), scope, now, locale);
		}
		if (DIGITS.matcher(q).matches()) {
			int year = Year.now(clock.withZone(TimeConfiguration.DISPLAY_ZONE)).getValue();
			long sequence = Long.parseLong(q);
			return queues.byNumbers(List.of(RequestNumber.format(numberPrefix, year, sequence),
					RequestNumber.format(numberPrefix, year - 1, sequence)), scope, now, locale);
		}
		List<String> patterns = Arrays.stream(q.split("\\s+")).limit(MAX_WORDS)
			.map(Like::containing)
			.toList();
		return queues.searchOpen(patterns, scope, now, locale, SEARCH_LIMIT);
	}

	/** The number of a request of the caller's scope (it names the request in a reveal's reason). */
	@Transactional(readOnly = true)
	public String numberOf(UUID id) {
		CurrentUser user = identity.require(Permission.VIEW_REQUESTS);
		return requests.find(id).filter(s -> identity.scopeOf(user).contains(s.unitId())).map(StoredRequest::number)
			.orElseThrow(() -> new NotFoundException("request"));
	}

	/** The first line of each request's description (what the card says the request is about). */
	@Transactional(readOnly = true)
	public Map<UUID, String> firstLines(List<RequestSummary> shown) {
		identity.require(Permission.VIEW_REQUESTS);
		return queues.firstLines(shown.stream().map(RequestSummary::id).toList());
	}

	/**
	 * A handler's note on an open request's timeline (visited, nobody home). The key is made on the
	 * phone with the draft: a post with a key already taken writes nothing and answers as the first
	 * did, so a draft sent again after a lost answer is on the timeline once.
	 *
	 * @param key the draft's idempotency key; {@code null} for a note typed and sent at once
	 * @return {@code true} when written now, {@code false} for a replay
	 * @throws InvalidInputException naming {@code note} (missing, too long) or {@code key} (too long)
	 * @throws RuleViolationException when the request is no longer open
	 */
	public boolean addNote(UUID id, String note, String key) {
		CurrentUser user = identity.require(Permission.HANDLE_REQUESTS);
		String text = ControlCharacters.check("note", note == null ? "" : note).strip();
		if (text.isEmpty()) {
			throw new InvalidInputException("note", "error.required");
		}
		if (text.length() > MAX_NOTE) {
			throw new InvalidInputException("note", "error.tooLong");
		}
		String ownKey = ownKey(user, key);
		StoredRequest r = requests.lock(id).filter(s -> identity.scopeOf(user).contains(s.unitId()))
			.orElseThrow(() -> new NotFoundException("request"));
		// the key first: a replay answers as the first post did, even once the request has moved on
		if (ownKey != null && !requests.takeActKey(ownKey, id, NOTED, clock.instant())) {
			return false;
		}
		if (!r.status().isOpen()) {
			throw new RuleViolationException("error.transition.note");
		}
		timeline.record(id, user, NOTED, null, null, text);
		return true;
	}

	/** Keys are the caller's own, like intake's: another account's key never silences a note. */
	private static String ownKey(CurrentUser user, String key) {
		if (key == null || key.isBlank()) {
			return null;
		}
		if (key.length() > 80) {
			throw new InvalidInputException("key", "error.idempotencyKey");
		}
		ControlCharacters.check("key", key);
		return user.accountId() + ":" + key.strip();
	}

	/**
	 * A worker's own queue in two figures.
	 *
	 * @param open    assigned to them and open
	 * @param overdue of those, past the deadline that matters now
	 */
	public record QueueCounts(int open, int overdue) {
	}
}
