package org.pomegranate.servicedesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.identity.Role;
import org.pomegranate.identity.Scope;
import org.pomegranate.identity.StaffMember;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.privacy.AuditAction;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.privacy.RevealReason;
import org.pomegranate.privacy.FieldCipher;
import org.pomegranate.servicedesk.internal.CategoryRepository;
import org.pomegranate.servicedesk.internal.DeskEvents;
import org.pomegranate.servicedesk.internal.Dispatcher;
import org.pomegranate.servicedesk.internal.Lifecycle;
import org.pomegranate.servicedesk.internal.RequestRepository;
import org.pomegranate.servicedesk.internal.RevisitRepository;
import org.pomegranate.servicedesk.internal.StoredRequest;
import org.pomegranate.servicedesk.internal.Timeline;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every act on a request after intake. Each locks the request's row, checks who may act and
 * whether the act is allowed in the request's status, changes it, and records the act on the
 * timeline, in one transaction. A refused act changes nothing.
 */
@Service
@Transactional
public class RequestHandling {

	/** How long after resolution a resident may reopen. */
	public static final Duration REOPEN_WINDOW = Duration.ofDays(15);
	static final int MAX_NOTE = 1000;

	private final ServiceDesk desk;
	private final RequestRepository requests;
	private final CategoryRepository categories;
	private final Timeline timeline;
	private final RevisitRepository revisits;
	private final Dispatcher dispatcher;
	private final IdentityManagement identity;
	private final AuditLog audit;
	private final FieldCipher cipher;
	private final DeskEvents events;
	private final Clock clock;

	RequestHandling(ServiceDesk desk, RequestRepository requests, CategoryRepository categories, Timeline timeline,
			RevisitRepository revisits, Dispatcher dispatcher, IdentityManagement identity, AuditLog audit,
			FieldCipher cipher, DeskEvents events, Clock clock) {
		this.events = events;
		this.desk = desk;
		this.requests = requests;
		this.categories = categories;
		this.timeline = timeline;
		this.revisits = revisits;
		this.dispatcher = dispatcher;
		this.identity = identity;
		this.audit = audit;
		this.cipher = cipher;
		this.clock = clock;
	}

	/** Takes the request on: the first response, and the taker becomes its assignee. */
	public void accept(UUID id) {
		CurrentUser user = handler();
		StoredRequest r = lockVisible(id, Lifecycle.ACCEPT);
		Instant now = clock.instant();
		Instant escalateAt = atTopOfLadder(r) ? null : later(r.resolveDue(), r.escalateAt());
		requests.update(with(r, RequestStatus.ACCEPTED, r.unitId(), user.accountId(), escalateAt, r.resolveDue(),
				r.firstResponseAt() == null ? now : r.firstResponseAt(), null));
		long accepted = timeline.record(id, user, "ACCEPTED", null, null, null);
		firstResponse(r, now);
		events.progressed(id, accepted, r.number(), RequestProgressed.Step.ACCEPTED, now);
	}

	public void start(UUID id) {
		CurrentUser user = handler();
		StoredRequest r = lockVisible(id, Lifecycle.START);
		requests.update(with(r, RequestStatus.IN_PROGRESS, r.unitId(), r.assigneeId(), r.escalateAt(), r.resolveDue(),
				r.firstResponseAt(), null));
		long started = timeline.record(id, user, "STARTED", null, null, null);
		events.progressed(id, started, r.number(), RequestProgressed.Step.STARTED, clock.instant());
	}

	/** Done, with a word to the resident on what was done; the clock stops and the resident can rate. */
	public void resolve(UUID id, String note) {
		CurrentUser user = handler();
		String text = required("note", note);
		StoredRequest r = lockVisible(id, Lifecycle.RESOLVE);
		Instant now = clock.instant();
		requests.update(with(r, RequestStatus.RESOLVED, r.unitId(), r.assigneeId(), null, r.resolveDue(),
				r.firstResponseAt(), now));
		long resolved = timeline.record(id, user, "RESOLVED", null, null, text);
		events.resolved(id, resolved, r.resolveDue(), now);
		events.progressed(id, resolved, r.number(), RequestProgressed.Step.RESOLVED, now);
	}

	/**
	 * Hands the request to another unit with a reason. Its deadlines keep running: the resident's
	 * wait does not start again. The first-responsible unit stays on record. Staff hand requests
	 * within their county, county officers across counties ({@link Dispatcher#transferReach}); a unit
	 * beyond that is refused like one that does not exist.
	 */
	public void transfer(UUID id, UUID unitId, String reason) {
		CurrentUser user = handler();
		String text = required("reason", reason);
		StoredRequest r = lockVisible(id, Lifecycle.TRANSFER);
		OrgUnit target = unitOrInvalid(unitId);
		if (target.id().equals(r.unitId())) {
			throw new InvalidInputException("unitId", "error.transfer.unit");
		}
		// beyond the caller's reach answers like an id that does not exist, so it tells nothing
		if (!dispatcher.transferReach(user).contains(target.id())) {
			throw new InvalidInputException("unitId", "error.unknownUnit");
		}
		Optional<StaffMember> assignee = dispatcher.assignee(target.id(), target.level(), r.language());
		UUID assigneeId = assignee.map(StaffMember::accountId).orElse(null);
		// a rung already climbed that also stands above the new unit stays climbed: the request
		// goes on from there instead of escalating to the same unit twice
		UUID holder = r.escalatedToUnitId() != null && dispatcher.lineage(target.id()).stream()
			.anyMatch(u -> u.id().equals(r.escalatedToUnitId())) ? r.escalatedToUnitId() : null;
		requests.update(new StoredRequest(r.id(), r.number(), r.categoryId(), RequestStatus.TRANSFERRED, target.id(),
				r.firstResponsibleUnitId(), assigneeId, holder, r.escalationStep(), r.escalateAt(), r.submittedAt(),
				r.responseDue(), r.resolveDue(), r.firstResponseAt(), null, r.residentId(), r.householdId(), r.address(),
				r.submittedBy(), r.language(), r.rated(), r.version()));
		long transferred = timeline.record(id, user, "TRANSFERRED", target.id(), null, text);
		events.transferred(id, transferred, r.unitId(), clock.instant());
		events.progressed(id, transferred, r.number(), RequestProgressed.Step.TRANSFERRED, clock.instant());
		assignee.ifPresent(a -> timeline.record(id, null, "ASSIGNED", target.id(), null, a.displayName()));
		dispatcher.notifyHandlers(target.id(), assigneeId, "request.transferred", r.number(), id);
	}

	/**
	 * Folds a duplicate into the request that goes on. The duplicate's resident is told, and can
	 * follow the other request's progress on their own page.
	 */
	public void merge(UUID id, UUID intoId) {
		CurrentUser user = handler();
		if (id.equals(intoId)) {
			throw new InvalidInputException("intoId", "error.merge.self");
		}
		if (intoId == null) {
			throw new InvalidInputException("intoId", "error.required");
		}
		// lock both in a fixed order so two opposite merges cannot deadlock
		Scope scope = identity.scopeOf(user);
		Optional<StoredRequest> first = requests.lock(id.compareTo(intoId) < 0 ? id : intoId)
			.filter(s -> scope.contains(s.unitId()));
		Optional<StoredRequest> second = requests.lock(id.compareTo(intoId) < 0 ? intoId : id)
			.filter(s -> scope.contains(s.unitId()));
		StoredRequest r = (id.compareTo(intoId) < 0 ? first : second)
			.orElseThrow(() -> new NotFoundException("request"));
		// the other request is named in the body: unknown or beyond the scope is bad input there
		StoredRequest into = (id.compareTo(intoId) < 0 ? second : first)
			.orElseThrow(() -> new InvalidInputException("intoId", "error.unknownRequest"));
		Lifecycle.MERGE.check(r.status());
		if (!into.status().isOpen()) {
			throw new RuleViolationException("error.merge.target");
		}
		// the target first: the table refuses a merged request without one
		requests.markMerged(r.id(), into.id());
		requests.update(with(r, RequestStatus.MERGED, r.unitId(), r.assigneeId(), null, r.resolveDue(),
				r.firstResponseAt() == null ? clock.instant() : r.firstResponseAt(), null));
		long merged = timeline.record(r.id(), user, "MERGED", null, into.number(), null);
		timeline.record(into.id(), user, "MERGED_FROM", null, r.number(), null);
		firstResponse(r, clock.instant());
		events.progressed(r.id(), merged, r.number(), RequestProgressed.Step.MERGED, clock.instant());
	}

	/** Turns the request away, always saying where to go instead (the referral). */
	public void reject(UUID id, String referral) {
		CurrentUser user = handler();
		String text = required("referral", referral);
		if (text.length() > 500) {
			throw new InvalidInputException("referral", "error.tooLong");
		}
		StoredRequest r = lockVisible(id, Lifecycle.REJECT);
		// the referral first: the table refuses a rejection without one
		requests.markRejected(id, text);
		requests.update(with(r, RequestStatus.REJECTED, r.unitId(), r.assigneeId(), null, r.resolveDue(),
				r.firstResponseAt() == null ? clock.instant() : r.firstResponseAt(), null));
		long rejected = timeline.record(id, user, "REJECTED", null, null, text);
		firstResponse(r, clock.instant());
		events.progressed(id, rejected, r.number(), RequestProgressed.Step.REJECTED, clock.instant());
	}

	/**
	 * The resident says it is not done, within 15 days of resolution. It goes back
	 * to its unit with a fresh resolution deadline and needs accepting again.
	 */
	public void reopen(UUID id, String reason) {
		CurrentUser user = desk.requireResident();
		String text = required("reason", reason);
		StoredRequest r = lockOwn(id, user);
		Lifecycle.REOPEN.check(r.status());
		Instant now = clock.instant();
		if (r.resolvedAt().plus(REOPEN_WINDOW).isBefore(now)) {
			throw new RuleViolationException("error.reopen.late");
		}
		ServiceCategory category = categories.find(r.categoryId()).orElseThrow();
		Instant resolveDue = now.plus(category.resolveTime());
		requests.update(with(r, RequestStatus.REOPENED, r.unitId(), r.assigneeId(),
				atTopOfLadder(r) ? null : now.plus(category.responseTime()), resolveDue, r.firstResponseAt(), null));
		events.reopened(id, timeline.record(id, user, "REOPENED", null, null, text), resolveDue, now);
		dispatcher.notifyHandlers(r.unitId(), r.assigneeId(), "request.reopened", r.number(), id);
	}

	/**
	 * The resident's rating, which closes the request: by the resident on the portal, or taken by
	 * staff on the phone. "Not resolved" or "unsatisfied" opens a revisit for the community head.
	 */
	public void rate(UUID id, Rating rating) {
		CurrentUser user = identity.currentUser();
		boolean byResident = user.role() == Role.RESIDENT;
		if (!byResident) {
			identity.require(Permission.HANDLE_REQUESTS);
		}
		StoredRequest r = byResident ? lockOwn(id, user) : lockVisible(id, null);
		if (r.rated()) {
			throw new RuleViolationException("error.rating.twice");
		}
		Lifecycle.RATE.check(r.status());
		if (rating.comment() != null && rating.comment().length() > 500) {
			throw new InvalidInputException("comment", "error.tooLong");
		}
		Rating recorded = new Rating(rating.resolution(), rating.satisfaction(),
				rating.comment() == null || rating.comment().isBlank() ? null : rating.comment().strip(),
				byResident ? Channel.PORTAL : Channel.PHONE);
		Instant now = clock.instant();
		requests.rate(id, recorded, now);
		// the two answers travel as the "related" text so the timeline can word them in any language
		long entry = timeline.record(id, user, "RATED", null, recorded.resolution() + " " + recorded.satisfaction(),
				recorded.comment());
		events.rated(id, entry, recorded, now);
		if (recorded.asksForRevisit()) {
			UUID community = communityOf(r.unitId());
			revisits.insert(id, community, now);
			timeline.record(id, null, "REVISIT_OPENED", community, null, null);
			dispatcher.notifyHandlers(community, null, "request.revisit", r.number(), id);
		}
	}

	/** The community head has called the resident back: what came of it. */
	public void completeRevisit(UUID revisitId, String outcome) {
		completeRevisit(revisitId, outcome, null);
	}

	/**
	 * The community head has called the resident back: what came of it, and how satisfied the
	 * resident says they are now ({@code null} when not asked). That answer is the request's final
	 * satisfaction, shown beside the first.
	 */
	public void completeRevisit(UUID revisitId, String outcome, SatisfactionAnswer satisfactionAfter) {
		CurrentUser user = handler();
		String text = required("outcome", outcome);
		if (text.length() > 500) {
			throw new InvalidInputException("outcome", "error.tooLong");
		}
		RevisitRepository.OpenRevisit revisit = revisits.lockOpen(revisitId)
			.filter(v -> identity.scopeOf(user).contains(v.communityId()))
			.orElseThrow(() -> new NotFoundException("revisit"));
		Instant now = clock.instant();
		revisits.complete(revisitId, user.username(), text, now);
		// the answer travels as the "related" text, like a rating's, so a rebuild reads it back
		long entry = timeline.record(revisit.requestId(), user, "REVISITED", revisit.communityId(),
				satisfactionAfter == null ? null : satisfactionAfter.name(), text);
		events.revisitDone(revisit.requestId(), entry, satisfactionAfter, now);
	}

	/** Shows the contact phone of a requester who is not in the register: a logged act with a reason. */
	public String revealContactPhone(UUID id, RevealReason reason) {
		identity.require(Permission.REVEAL_SENSITIVE);
		RevealReason why = AuditLog.revealReason(reason);
		StoredRequest r = desk.visible(id);
		String phone = requests.details(id).map(RequestRepository.DetailColumns::contactPhoneCipher)
			.map(c -> cipher.decrypt(c, RequestRepository.contactPhonePlace(id))).orElseThrow(() -> new NotFoundException("phone"));
		// the request's number tells the resident which request; its contact phone is all a request reveals
		audit.recordReveal(ServiceDesk.SUBJECT, id, r.residentId(), r.number(), why);
		return phone;
	}

	/**
	 * Records on an open request's timeline that a mediation case was opened from it (the case's
	 * number travels as the related number), for the mediation module, which calls it in the
	 * transaction that opens the case: a case that fails leaves no entry. Checked like every act:
	 * a handler of the request's scope, the request still open.
	 */
	public MediationReferral referToMediation(UUID id, String caseNumber) {
		CurrentUser user = handler();
		StoredRequest r = lockVisible(id, null);
		if (!r.status().isOpen()) {
			throw new RuleViolationException("error.transition.refer");
		}
		timeline.record(id, user, "REFERRED_TO_MEDIATION", null, caseNumber, null);
		return new MediationReferral(id, r.number(), r.unitId(), r.residentId());
	}

	// ---- helpers ----------------------------------------------------------------------------------

	private CurrentUser handler() {
		return identity.require(Permission.HANDLE_REQUESTS);
	}

	private StoredRequest lockVisible(UUID id, Lifecycle act) {
		CurrentUser user = handler();
		StoredRequest r = caughtUp(requests.lock(id).filter(s -> identity.scopeOf(user).contains(s.unitId()))
			.orElseThrow(() -> new NotFoundException("request")));
		if (act != null) {
			act.check(r.status());
		}
		return r;
	}

	private StoredRequest lockOwn(UUID id, CurrentUser resident) {
		return caughtUp(requests.lock(id).filter(r -> resident.residentId().equals(r.residentId())
				|| resident.accountId().equals(r.submittedBy())).orElseThrow(() -> new NotFoundException("request")));
	}

	/**
	 * Before any act changes a locked request, a response deadline that passed unanswered is told
	 * with the holder of that moment (the SLA clock's sweep may not have come by yet).
	 */
	private StoredRequest caughtUp(StoredRequest r) {
		if (events.responseOverdueUnnoted(r, clock.instant())) {
			events.responseOverdue(r);
		}
		return r;
	}

	/** Accepting, merging or rejecting answers the resident: the first of them is the first response. */
	private void firstResponse(StoredRequest before, Instant now) {
		if (before.firstResponseAt() == null) {
			events.firstResponded(before.id(), before.responseDue(), now);
		}
	}

	private OrgUnit unitOrInvalid(UUID unitId) {
		if (unitId == null) {
			throw new InvalidInputException("unitId", "error.required");
		}
		try {
			return dispatcher.unit(unitId);
		}
		catch (IllegalStateException e) {
			throw new InvalidInputException("unitId", "error.unknownUnit");
		}
	}

	/** The community a unit lies in, or the unit itself when it sits above any community. */
	private UUID communityOf(UUID unitId) {
		return dispatcher.lineage(unitId).stream().filter(u -> u.level() == OrgLevel.COMMUNITY).findFirst()
			.map(OrgUnit::id).orElse(unitId);
	}

	private static String required(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(field, "error.required");
		}
		if (text.length() > MAX_NOTE) {
			throw new InvalidInputException(field, "error.tooLong");
		}
		return text.strip();
	}

	/** Held by the county (or above): there is no rung left to climb, so the clock has nothing to wait for. */
	private boolean atTopOfLadder(StoredRequest r) {
		return dispatcher.unit(r.ladderHolder()).level().ordinal() <= OrgLevel.COUNTY.ordinal();
	}

	private static Instant later(Instant a, Instant b) {
		return b == null || a.isAfter(b) ? a : b;
	}

	private static StoredRequest with(StoredRequest r, RequestStatus status, UUID unitId, UUID assigneeId,
			Instant escalateAt, Instant resolveDue, Instant firstResponseAt, Instant resolvedAt) {
		return new StoredRequest(r.id(), r.number(), r.categoryId(), status, unitId, r.firstResponsibleUnitId(),
				assigneeId, r.escalatedToUnitId(), r.escalationStep(), escalateAt, r.submittedAt(), r.responseDue(),
				resolveDue, firstResponseAt, resolvedAt, r.residentId(), r.householdId(), r.address(), r.submittedBy(),
				r.language(), r.rated(), r.version());
	}
}
