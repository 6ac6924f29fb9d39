package org.pomegranate.servicedesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.notifications.Notifications;
import org.pomegranate.registry.Place;
import org.pomegranate.registry.Whereabouts;
import org.pomegranate.servicedesk.internal.AttachmentPolicy;
import org.pomegranate.servicedesk.internal.AttachmentRepository;
import org.pomegranate.servicedesk.internal.CheckedFile;
import org.pomegranate.servicedesk.internal.DeskEvents;
import org.pomegranate.servicedesk.internal.Dispatcher;
import org.pomegranate.servicedesk.internal.RequestRepository;
import org.pomegranate.servicedesk.internal.ResidentRequests;
import org.pomegranate.servicedesk.internal.StoredRequest;
import org.pomegranate.servicedesk.internal.Timeline;
import org.pomegranate.shared.web.ControlCharacters;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a resident does on her own open request besides rating and reopening: add information or
 * a photo, write to the worker, withdraw it; and, before sending a new one, see open requests of
 * the same kind in her building and follow one instead. Each act is on the timeline and tells the
 * worker; on a request no longer open it is refused (409) and nothing is written. Anyone else's
 * request is not found.
 */
@Service
@Transactional
public class ResidentActs {

	/** How far back a neighbour's report counts as "the same thing" before sending. */
	public static final Duration NEARBY_WINDOW = Duration.ofDays(7);
	static final int MAX_TEXT = 1000;

	private final ServiceDesk desk;
	private final RequestRepository requests;
	private final ResidentRequests residentRequests;
	private final AttachmentRepository attachments;
	private final Timeline timeline;
	private final Dispatcher dispatcher;
	private final DeskEvents events;
	private final IdentityManagement identity;
	private final Notifications notifications;
	private final Whereabouts whereabouts;
	private final Clock clock;

	ResidentActs(ServiceDesk desk, RequestRepository requests, ResidentRequests residentRequests,
			AttachmentRepository attachments, Timeline timeline, Dispatcher dispatcher, DeskEvents events,
			IdentityManagement identity, Notifications notifications, Whereabouts whereabouts, Clock clock) {
		this.whereabouts = whereabouts;
		this.desk = desk;
		this.requests = requests;
		this.residentRequests = residentRequests;
		this.attachments = attachments;
		this.timeline = timeline;
		this.dispatcher = dispatcher;
		this.events = events;
		this.identity = identity;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** Her requests as cards, newest first, then those of neighbours she follows. */
	@Transactional(readOnly = true)
	public List<MyRequestCard> myCards() {
		CurrentUser user = desk.requireResident();
		List<MyRequestCard> cards = new java.util.ArrayList<>(
				residentRequests.cards(user.residentId(), user.accountId(), 100));
		cards.addAll(residentRequests.followed(user.accountId(), 20));
		return cards;
	}

	/** More to say about what she asked: appended to the timeline, the description stays as sent. */
	public void addInformation(UUID id, String text) {
		CurrentUser user = desk.requireResident();
		StoredRequest r = lockOpenOwn(id, user);
		String checked = text("text", text);
		timeline.record(id, user, "INFO_ADDED", null, null, checked);
		dispatcher.notifyHandlers(r.unitId(), r.assigneeId(), "request.infoAdded", r.number(), id);
	}

	/** A word to the worker who holds it. */
	public void message(UUID id, String text) {
		CurrentUser user = desk.requireResident();
		StoredRequest r = lockOpenOwn(id, user);
		String checked = text("text", text);
		timeline.record(id, user, "RESIDENT_MESSAGE", null, null, checked);
		dispatcher.notifyHandlers(r.unitId(), r.assigneeId(), "request.message", r.number(), id);
	}

	/** Photos added later, checked and counted as at intake (the same limits, the same storage). */
	public void addPhotos(UUID id, List<Upload> uploads) {
		CurrentUser user = desk.requireResident();
		StoredRequest r = lockOpenOwn(id, user);
		List<CheckedFile> files = AttachmentPolicy.check(uploads, attachments.count(id));
		if (files.isEmpty()) {
			throw new InvalidInputException("photos", "error.required");
		}
		Instant now = clock.instant();
		files.forEach(f -> attachments.insert(id, f, now, user.username()));
		timeline.record(id, user, "ATTACHED", null, null,
				String.join(", ", files.stream().map(CheckedFile::fileName).toList()));
		dispatcher.notifyHandlers(r.unitId(), r.assigneeId(), "request.photoAdded", r.number(), id);
	}

	/** She no longer needs it: closed, off the clock, with her reason if she gives one. */
	public void withdraw(UUID id, String reason) {
		CurrentUser user = desk.requireResident();
		StoredRequest r = lockOpenOwn(id, user);
		String why = reason == null || reason.isBlank() ? null : text("reason", reason);
		if (!residentRequests.withdraw(id, clock.instant())) {
			throw new RuleViolationException("error.resident.closed");
		}
		timeline.record(id, user, "WITHDRAWN", null, null, why);
		dispatcher.notifyHandlers(r.unitId(), r.assigneeId(), "request.withdrawn", r.number(), id);
	}

	/**
	 * A handler's answer to the resident, on the timeline and in her notices in her language.
	 * Needs {@link Permission#HANDLE_REQUESTS} and the request in the caller's scope.
	 */
	public void replyToResident(UUID id, String text) {
		CurrentUser user = identity.require(Permission.HANDLE_REQUESTS);
		StoredRequest r = requests.lock(id).filter(s -> identity.scopeOf(user).contains(s.unitId()))
			.orElseThrow(() -> new NotFoundException("request"));
		open(r);
		String checked = text("text", text);
		long entry = timeline.record(id, user, "WORKER_MESSAGE", null, null, checked);
		notifications.sendOnce(DeskEvents.entryId(entry), identity.accountsOfResident(r.residentId()),
				"resident.message", List.of(r.number()), "/my/requests/" + id, r.language());
	}

	/**
	 * Open requests of this category in her building (for someone without an account: at the same
	 * address in the chosen community) from the last 7 days: category, first line, when, status.
	 */
	@Transactional(readOnly = true)
	public List<NearbyRequest> nearby(UUID categoryId, UUID communityId, String address) {
		if (categoryId == null) {
			return List.of();
		}
		Optional<CurrentUser> user = identity.signedIn();
		UUID building = user.map(CurrentUser::residentId).flatMap(this::buildingOfResident).orElse(null);
		String typed = address == null || address.isBlank() || ControlCharacters.present(address) ? null
				: address.strip();
		if (building == null && (typed == null || communityId == null)) {
			return List.of();
		}
		return residentRequests.near(categoryId, building, communityId, building == null ? typed : null,
				clock.instant().minus(NEARBY_WINDOW), user.map(CurrentUser::accountId).orElse(null));
	}

	/**
	 * She follows a neighbour's open request in her building instead of sending her own: she hears
	 * of its steps as its reporter does, and sees it among her requests (no number, no names). Only a
	 * request she could be shown among the nearby ones can be followed; any other is not found.
	 *
	 * @return whether she follows it now and did not before
	 */
	public boolean follow(UUID requestId) {
		CurrentUser user = desk.requireResident();
		StoredRequest r = requests.find(requestId).orElseThrow(() -> new NotFoundException("request"));
		boolean shown = nearby(r.categoryId(), null, null).stream().anyMatch(n -> n.id().equals(requestId));
		if (!shown) {
			throw new NotFoundException("request");
		}
		return residentRequests.follow(requestId, user.accountId(), clock.instant());
	}

	private Optional<UUID> buildingOfResident(UUID residentId) {
		return whereabouts.ofResident(residentId).map(Place::householdId).flatMap(residentRequests::buildingOf);
	}

	private StoredRequest lockOpenOwn(UUID id, CurrentUser user) {
		StoredRequest r = requests.lock(id).filter(s -> user.residentId().equals(s.residentId())
				|| user.accountId().equals(s.submittedBy())).orElseThrow(() -> new NotFoundException("request"));
		// a deadline passed unanswered is told before anything changes, as for every other act
		if (events.responseOverdueUnnoted(r, clock.instant())) {
			events.responseOverdue(r);
		}
		return open(r);
	}

	private static StoredRequest open(StoredRequest r) {
		if (!r.status().isOpen()) {
			throw new RuleViolationException("error.resident.closed");
		}
		return r;
	}

	private static String text(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(field, "error.required");
		}
		if (text.length() > MAX_TEXT) {
			throw new InvalidInputException(field, "error.tooLong");
		}
		return ControlCharacters.check(field, text).strip();
	}
}
