package org.pomegranate.servicedesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.identity.Role;
import org.pomegranate.identity.Scope;
import org.pomegranate.identity.StaffMember;
import org.pomegranate.privacy.AuditAction;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.privacy.FieldCipher;
import org.pomegranate.privacy.Masking;
import org.pomegranate.servicedesk.internal.AttachmentPolicy;
import org.pomegranate.servicedesk.internal.AttachmentRepository;
import org.pomegranate.servicedesk.internal.CategoryRepository;
import org.pomegranate.servicedesk.internal.CheckedFile;
import org.pomegranate.servicedesk.internal.DeskEvents;
import org.pomegranate.servicedesk.internal.Dispatcher;
import org.pomegranate.servicedesk.internal.ExtraFields;
import org.pomegranate.servicedesk.internal.NewRequest;
import org.pomegranate.servicedesk.internal.RequestNumber;
import org.pomegranate.servicedesk.internal.QueueSearch;
import org.pomegranate.servicedesk.internal.RequestRepository;
import org.pomegranate.servicedesk.internal.RevisitRepository;
import org.pomegranate.servicedesk.internal.Requesters;
import org.pomegranate.servicedesk.internal.Requesters.Requester;
import org.pomegranate.servicedesk.internal.Routing;
import org.pomegranate.servicedesk.internal.StoredRequest;
import org.pomegranate.servicedesk.internal.Timeline;
import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.shared.database.TransactionPlans;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.Slice;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes requests in and shows them: to the staff of the unit that owns them (queues, details,
 * likely duplicates, revisits) and to the resident they answer. The acts that follow intake are
 * in {@link RequestHandling}.
 */
@Service
@Transactional
public class ServiceDesk {

	static final String SUBJECT = "SERVICE_REQUEST";
	static final String FILE_SUBJECT = "SERVICE_REQUEST_FILE";
	static final Duration DUPLICATE_WINDOW = Duration.ofDays(7);
	static final int MAX_KEY = 80;

	private final CategoryRepository categories;
	private final RequestRepository requests;
	private final QueueSearch queues;
	private final Timeline timeline;
	private final AttachmentRepository attachments;
	private final RevisitRepository revisits;
	private final Dispatcher dispatcher;
	private final Requesters requesters;
	private final IdentityManagement identity;
	private final AuditLog audit;
	private final FieldCipher cipher;
	private final DeskEvents events;
	private final TransactionPlans plans;
	private final Clock clock;
	private final String numberPrefix;

	ServiceDesk(CategoryRepository categories, RequestRepository requests, QueueSearch queues, Timeline timeline,
			AttachmentRepository attachments, RevisitRepository revisits, Dispatcher dispatcher, Requesters requesters,
			IdentityManagement identity, AuditLog audit, FieldCipher cipher, DeskEvents events, TransactionPlans plans,
			Clock clock,
			@Value("${pomegranate.servicedesk.number-prefix:HX}") String numberPrefix) {
		this.categories = categories;
		this.requests = requests;
		this.queues = queues;
		this.timeline = timeline;
		this.attachments = attachments;
		this.revisits = revisits;
		this.dispatcher = dispatcher;
		this.requesters = requesters;
		this.identity = identity;
		this.audit = audit;
		this.cipher = cipher;
		this.events = events;
		this.plans = plans;
		this.clock = clock;
		this.numberPrefix = numberPrefix;
	}

	// ---- intake -----------------------------------------------------------------------------------

	/**
	 * Takes a request in, routes it, assigns it and starts its clock, all in one transaction. A
	 * residents signs in or gives a name and phone; staff need {@link Permission#HANDLE_REQUESTS}.
	 *
	 * @param idempotencyKey the client's key for this intake ({@code Idempotency-Key} or a form
	 *                       token); a retry with the same key returns the first receipt and writes
	 *                       nothing. May be {@code null}.
	 */
	public IntakeReceipt intake(Intake intake, String idempotencyKey) {
		// the hot path: its statements look up by key and insert, one plan serves every intake
		plans.cached();
		CurrentUser user = identity.signedIn().orElse(null);
		String key = idempotencyKey(user, idempotencyKey);
		Optional<IntakeReceipt> earlier = earlier(key);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		ServiceCategory category = categories.find(intake.categoryId()).filter(ServiceCategory::active)
			.orElseThrow(() -> new InvalidInputException("categoryId", "error.category.unknown"));
		Map<String, Object> extra = ExtraFields.check(category, intake.extra());
		List<CheckedFile> files = AttachmentPolicy.check(intake.attachments());
		Requester requester = requesters.of(user, intake);
		Routing.Decision route = requesters.route(requester, intake, user, category);
		Optional<StaffMember> assignee = dispatcher.assignee(route.unitId(), route.level(), requester.language());
		Instant now = clock.instant();
		String number = RequestNumber.format(numberPrefix, now.atZone(TimeConfiguration.DISPLAY_ZONE).getYear(),
				requests.nextSequence());
		UUID id = UUID.randomUUID();
		NewRequest request = new NewRequest(id, number, category.id(), intake.description().strip(), extra,
				requester.channel(), requester.residentId(), requester.contactName(),
				cipher.encrypt(requester.contactPhone(), RequestRepository.contactPhonePlace(id)),
				requester.householdId(), requester.address(), requester.language(), route.unitId(),
				assignee.map(StaffMember::accountId).orElse(null), now, now.plus(category.responseTime()),
				now.plus(category.resolveTime()), user == null ? null : user.accountId(), key);
		Optional<String> inserted = requests.insert(request);
		if (inserted.isEmpty()) {
			// another intake with this key won the race: answer with its receipt
			return earlier(key).orElseThrow();
		}
		// one statement for the first entries: intake is the hot path
		List<Timeline.Act> acts = new ArrayList<>(List.of(new Timeline.Act(user, "SUBMITTED", null, null),
				new Timeline.Act(null, "ROUTED_" + route.basis(), route.unitId(), null)));
		assignee.ifPresent(a -> acts.add(new Timeline.Act(null, "ASSIGNED", route.unitId(), a.displayName())));
		RequestSnapshot snapshot = new RequestSnapshot(id, number, route.unitId(), route.unit().path(),
				request.assigneeId(), category.code(), category.tier());
		events.submitted(snapshot, timeline.recordAll(request.id(), acts).get(0), request.responseDue(),
				request.resolveDue(), now);
		files.forEach(f -> attachments.insert(request.id(), f, now, user == null ? Timeline.SYSTEM : user.username()));
		dispatcher.notifyHandlers(route.unitId(), request.assigneeId(), "request.assigned", number, request.id());
		audit.record(AuditAction.CREATE, SUBJECT, request.id(), requester.residentId(), number, null);
		return new IntakeReceipt(request.id(), number, true);
	}

	private Optional<IntakeReceipt> earlier(String key) {
		return key == null ? Optional.empty()
				: requests.byIdempotencyKey(key).map(r -> new IntakeReceipt(r.id(), r.number(), false));
	}

	/** Keys are the caller's own: one account's key never returns another's request. */
	private static String idempotencyKey(CurrentUser user, String key) {
		if (key == null || key.isBlank()) {
			return null;
		}
		if (key.length() > MAX_KEY) {
			throw new InvalidInputException("Idempotency-Key", "error.idempotencyKey");
		}
		return (user == null ? "anonymous" : user.accountId().toString()) + ":" + key.strip();
	}

	// ---- staff views ------------------------------------------------------------------------------

	/**
	 * A page of a queue of the caller's scope (or only their own requests): open ones overdue first,
	 * any other status newest first. Shows no personal data.
	 *
	 * @param after the {@link Slice#next()} of the page before, {@code null} for the first page
	 * @param exact count the whole list exactly (on demand); otherwise large lists get an estimate
	 * @throws InvalidInputException naming {@code after} for a cursor that is not this list's
	 */
	@Transactional(readOnly = true)
	public Slice<RequestSummary> queue(QueueFilter filter, String after, int size, boolean exact) {
		CurrentUser user = identity.require(Permission.VIEW_REQUESTS);
		return queues.queue(filter, identity.scopeOf(user).asArray(), user.accountId(), clock.instant(), locale(), after,
				size, exact);
	}

	/** One request with its timeline, for its handlers. Audited as a view of the requester's data. */
	public RequestDetails request(UUID id) {
		StoredRequest stored = visible(id);
		RequestDetails details = details(stored);
		audit.record(AuditAction.VIEW, SUBJECT, id, stored.residentId(), stored.number(), null);
		return details;
	}

	/** Whether the caller's scope holds the request (after a transfer it may not); reads nothing personal. */
	@Transactional(readOnly = true)
	public boolean isVisible(UUID id) {
		CurrentUser user = identity.require(Permission.VIEW_REQUESTS);
		return requests.find(id).filter(r -> identity.scopeOf(user).contains(r.unitId())).isPresent();
	}

	/**
	 * Open requests of the same category for the same household or address, submitted within 7 days
	 * before or after this one: candidates to merge.
	 */
	@Transactional(readOnly = true)
	public List<RequestSummary> likelyDuplicates(UUID id) {
		StoredRequest stored = visible(id);
		Scope scope = identity.currentScope();
		return requests.likelyDuplicates(stored, stored.submittedAt().minus(DUPLICATE_WINDOW), locale()).stream()
			.filter(d -> scope.contains(d.unitId()))
			.filter(d -> d.submittedAt().isBefore(stored.submittedAt().plus(DUPLICATE_WINDOW)))
			.toList();
	}

	/** Revisits owed in the caller's scope: open ones first. */
	@Transactional(readOnly = true)
	public List<Revisit> revisits(int limit) {
		CurrentUser user = identity.require(Permission.VIEW_REQUESTS);
		return revisits.inScope(identity.scopeOf(user).asArray(), Math.min(Math.max(limit, 1), 200));
	}

	/**
	 * A file of a request, for its handlers or its resident. A handler's download is audited as a
	 * view of the requester's data (a photo of her home, a scan of a certificate); her own is not.
	 */
	public AttachmentFile attachment(UUID requestId, UUID attachmentId) {
		CurrentUser user = identity.currentUser();
		boolean resident = user.role() == Role.RESIDENT;
		StoredRequest stored = resident ? own(requestId) : visible(requestId);
		AttachmentFile file = attachments.find(stored.id(), attachmentId)
			.orElseThrow(() -> new NotFoundException("attachment"));
		if (!resident) {
			audit.record(AuditAction.VIEW, FILE_SUBJECT, attachmentId, stored.residentId(),
					stored.number() + " · " + file.fileName(), null);
		}
		return file;
	}

	/**
	 * Adds files to a request already taken in (the API sends them after the intake): by its
	 * resident, or by a handler within their scope. The files are checked as at intake, and the
	 * limit counts the files already there. The addition is on the timeline and audited.
	 *
	 * @return every file of the request now
	 */
	public List<RequestDetails.AttachmentInfo> addAttachments(UUID id, List<Upload> uploads) {
		CurrentUser user = identity.currentUser();
		if (user.role() != Role.RESIDENT) {
			identity.require(Permission.HANDLE_REQUESTS);
		}
		StoredRequest stored = user.role() == Role.RESIDENT ? own(id) : visible(id);
		// the row lock keeps two uploads at once from passing the limit together
		requests.lock(id);
		List<CheckedFile> files = AttachmentPolicy.check(uploads, attachments.count(id));
		if (files.isEmpty()) {
			throw new InvalidInputException("attachments", "error.required");
		}
		Instant now = clock.instant();
		files.forEach(f -> attachments.insert(id, f, now, user.username()));
		String names = String.join(", ", files.stream().map(CheckedFile::fileName).toList());
		timeline.record(id, user, "ATTACHED", null, null, names);
		audit.record(AuditAction.UPDATE, SUBJECT, id, stored.residentId(), stored.number(), null);
		return attachments.of(id);
	}

	// ---- the resident's own -----------------------------------------------------------------------

	/** The signed-in resident's requests, newest first. */
	@Transactional(readOnly = true)
	public List<RequestSummary> myRequests() {
		CurrentUser user = requireResident();
		return requests.ofResident(user.residentId(), user.accountId(), locale(), 100);
	}

	/** One of the signed-in resident's own requests; anyone else's is not found. */
	@Transactional(readOnly = true)
	public RequestDetails myRequest(UUID id) {
		return details(own(id));
	}

	/**
	 * Where the request that one of the resident's own requests was merged into stands now, so
	 * they can follow it although it may be someone else's. Only its status: nothing personal.
	 */
	@Transactional(readOnly = true)
	public Optional<RequestStatus> statusOfMergeTarget(UUID ownId) {
		return requests.details(own(ownId).id()).map(RequestRepository.DetailColumns::mergedIntoId)
			.flatMap(requests::find).map(StoredRequest::status);
	}

	// ---- shared with RequestHandling --------------------------------------------------------------

	/** A request in the caller's scope, else not found. */
	StoredRequest visible(UUID id) {
		CurrentUser user = identity.require(Permission.VIEW_REQUESTS);
		return requests.find(id).filter(r -> identity.scopeOf(user).contains(r.unitId()))
			.orElseThrow(() -> new NotFoundException("request"));
	}

	StoredRequest own(UUID id) {
		CurrentUser user = requireResident();
		return requests.find(id).filter(r -> user.residentId().equals(r.residentId())
				|| user.accountId().equals(r.submittedBy())).orElseThrow(() -> new NotFoundException("request"));
	}

	CurrentUser requireResident() {
		CurrentUser user = identity.currentUser();
		if (user.role() != Role.RESIDENT) {
			throw new ForbiddenException("residents only");
		}
		return user;
	}

	private RequestDetails details(StoredRequest stored) {
		Locale locale = locale();
		RequestSummary summary = requests.summary(stored.id(), locale).orElseThrow();
		RequestRepository.DetailColumns d = requests.details(stored.id()).orElseThrow();
		return new RequestDetails(summary, d.description(), d.extra(), d.residentId(), d.contactName(),
				d.contactPhoneCipher() == null ? null : Masking.phone(cipher.decrypt(d.contactPhoneCipher(), RequestRepository.contactPhonePlace(stored.id()))),
				d.householdId(), d.language(), d.firstResponsibleUnitId(),
				dispatcher.unit(d.firstResponsibleUnitId()).name(locale), d.resolvedAt(), d.closedAt(),
				d.escalatedToUnitId(),
				d.escalatedToUnitId() == null ? null : dispatcher.unit(d.escalatedToUnitId()).name(locale),
				d.mergedIntoId(), d.mergedIntoNumber(), d.referral(), d.rating(), d.ratedAt(), d.version(),
				timeline.of(stored.id(), locale), attachments.of(stored.id()));
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
