package org.pomegranate.rights;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.identity.StaffMember;
import org.pomegranate.notifications.Notifications;
import org.pomegranate.privacy.AuditAction;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.registry.Place;
import org.pomegranate.registry.Whereabouts;
import org.pomegranate.rights.internal.RightsRequestRepository;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' correction and deletion requests (PIPL Art. 46-47): she files one on "my data", it
 * reaches the staff of her community, who answer it within {@link #ANSWER_WITHIN} (done, or refused
 * with a reason), and she sees the outcome. Every step is audited as an act on her data.
 */
@Service
@Transactional
public class RightsRequests {

	/** The time PIPL practice gives to answer; the deadline shown to staff counts down to it. */
	public static final Duration ANSWER_WITHIN = Duration.ofDays(15);
	static final String SUBJECT = "PRIVACY_REQUEST";

	private final RightsRequestRepository requests;
	private final Whereabouts whereabouts;
	private final IdentityManagement identity;
	private final Notifications notifications;
	private final AuditLog audit;
	private final Clock clock;

	RightsRequests(RightsRequestRepository requests, Whereabouts whereabouts, IdentityManagement identity,
			Notifications notifications, AuditLog audit, Clock clock) {
		this.requests = requests;
		this.whereabouts = whereabouts;
		this.identity = identity;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/** The signed-in resident asks to correct or delete something; her community is told. */
	public UUID file(RightsRequest.Kind kind, String what, String why) {
		CurrentUser user = resident();
		if (kind == null) {
			throw new InvalidInputException("kind", "error.required");
		}
		String whatText = text("what", what);
		String whyText = text("why", why);
		Place home = whereabouts.ofResident(user.residentId())
			.orElseThrow(() -> new InvalidInputException("kind", "error.resident.notActive"));
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		requests.insert(id, user.residentId(), user.accountId(), home.communityId(), kind, whatText, whyText, now,
				now.plus(ANSWER_WITHIN));
		audit.record(AuditAction.CREATE, SUBJECT, id, user.residentId(), kind.name(), null);
		List<UUID> staff = identity.staffAt(home.communityId()).stream()
			.filter(s -> s.role().permissions().contains(Permission.HANDLE_REQUESTS)).map(StaffMember::accountId).toList();
		notifications.send(staff, "rights.filed", List.of(kind.name()), "/rights-requests/" + id);
		return id;
	}

	/** The signed-in resident's own requests, newest first, with their answers. */
	@Transactional(readOnly = true)
	public List<RightsRequest> mine() {
		return requests.ofResident(resident().residentId());
	}

	/**
	 * Requests of the communities in the caller's scope: open ones first, the nearest deadline
	 * first. The list shows kind, deadline and status, not what was asked.
	 */
	@Transactional(readOnly = true)
	public List<RightsRequest> workbench() {
		CurrentUser user = identity.require(Permission.VIEW_REQUESTS);
		return requests.inUnits(identity.scopeOf(user).asArray(), 200);
	}

	/** One request, for staff of her community: audited as a view of her data. */
	public RightsRequest get(UUID id) {
		RightsRequest request = visible(id);
		audit.record(AuditAction.VIEW, SUBJECT, id, request.residentId(), request.kind().name(), null);
		return request;
	}

	/**
	 * Staff answer: done, or refused with a reason (10 to 500 characters either way, so she learns
	 * what was done or why not). She is told; an answered request cannot be answered again.
	 */
	public void answer(UUID id, RightsRequest.Status outcome, String answer) {
		CurrentUser user = identity.require(Permission.HANDLE_REQUESTS);
		if (outcome == null || outcome == RightsRequest.Status.OPEN) {
			throw new InvalidInputException("outcome", "error.required");
		}
		String text = text("answer", answer);
		if (text.length() < 10) {
			throw new InvalidInputException("answer", "error.rights.answer");
		}
		RightsRequest request = requests.lock(id).filter(r -> identity.scopeOf(user).contains(r.communityId()))
			.orElseThrow(() -> new NotFoundException("request"));
		if (request.status() != RightsRequest.Status.OPEN) {
			throw new InvalidInputException("outcome", "error.rights.answered");
		}
		requests.answer(id, outcome, text, user.displayName(), clock.instant());
		audit.record(AuditAction.UPDATE, SUBJECT, id, request.residentId(), request.kind().name() + " " + outcome.name(),
				null);
		notifications.send(identity.accountsOfResident(request.residentId()), "rights.answered",
				List.of(outcome.name()), "/me#rights");
	}

	private RightsRequest visible(UUID id) {
		CurrentUser user = identity.require(Permission.VIEW_REQUESTS);
		return requests.find(id).filter(r -> identity.scopeOf(user).contains(r.communityId()))
			.orElseThrow(() -> new NotFoundException("request"));
	}

	private CurrentUser resident() {
		CurrentUser user = identity.currentUser();
		if (user.residentId() == null) {
			throw new NotFoundException("resident");
		}
		return user;
	}

	private static String text(String field, String value) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException(field, "error.required");
		}
		if (text.length() > 500) {
			throw new InvalidInputException(field, "error.tooLong");
		}
		if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
			throw new InvalidInputException(field, "error.rights.text");
		}
		return text;
	}
}
