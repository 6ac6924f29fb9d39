package org.pomegranate.servicedesk.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.notifications.Notifications;
import org.pomegranate.servicedesk.RequestProgressed;
import org.pomegranate.servicedesk.RequestRated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the resident of each step of her request, in the language she filed it in (for an account
 * holder, her preferred language from the register), after the act commits. Neighbours who follow
 * the request hear of it too, in their reader's language, with a link to their own list (the
 * request itself is not theirs).
 * Once she has rated, the "please rate" notice is done and leaves her list.
 * <p>
 * Both listeners are safe to run twice: a notice carries the event's id and is inserted once per
 * account; marking done touches only notices not yet done.
 */
@Component
class ResidentNotices {

	/** The kinds that asked her to rate: the one sent now, and the one sent before notices had a language. */
	static final List<String> PLEASE_RATE = List.of(RequestProgressed.Step.RESOLVED.noticeKind(), "request.resolved");

	private final ResidentRequests residentRequests;
	private final IdentityManagement identity;
	private final Notifications notifications;

	ResidentNotices(ResidentRequests residentRequests, IdentityManagement identity, Notifications notifications) {
		this.residentRequests = residentRequests;
		this.identity = identity;
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(RequestProgressed event) {
		residentRequests.audience(event.requestId()).ifPresent(a -> {
			Set<UUID> reporters = reporters(a);
			List<String> args = List.of(event.number());
			notifications.sendOnce(event.eventId(), reporters, event.step().noticeKind(), args,
					"/my/requests/" + event.requestId(), a.language());
			Set<UUID> followers = new LinkedHashSet<>(a.followers());
			followers.removeAll(reporters);
			// a follower sees the category and first line on her list, never the other's number
			notifications.sendOnce(event.eventId(), followers, "followed." + event.step().name().toLowerCase(),
					List.of(), "/my/requests", null);
		});
	}

	@ApplicationModuleListener
	void on(RequestRated event) {
		UUID id = event.request().requestId();
		residentRequests.audience(id).ifPresent(a -> PLEASE_RATE
			.forEach(kind -> notifications.markDone(reporters(a), kind, "/my/requests/" + id)));
	}

	/** Her accounts (staff who took it in on her behalf are not told: the request is not theirs). */
	private Set<UUID> reporters(ResidentRequests.Audience a) {
		return new LinkedHashSet<>(identity.accountsOfResident(a.residentId()));
	}
}
