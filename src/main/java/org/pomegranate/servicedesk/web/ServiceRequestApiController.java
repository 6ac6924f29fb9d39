package org.pomegranate.servicedesk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Role;
import org.pomegranate.servicedesk.Channel;
import org.pomegranate.servicedesk.Intake;
import org.pomegranate.servicedesk.IntakeReceipt;
import org.pomegranate.servicedesk.QueueFilter;
import org.pomegranate.servicedesk.Rating;
import org.pomegranate.servicedesk.RequestDetails;
import org.pomegranate.servicedesk.RequestHandling;
import org.pomegranate.servicedesk.RequestStatus;
import org.pomegranate.servicedesk.RequestSummary;
import org.pomegranate.servicedesk.Revisit;
import org.pomegranate.servicedesk.SatisfactionAnswer;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.servicedesk.Tier;
import org.pomegranate.servicedesk.TimelineEntry;
import org.pomegranate.servicedesk.Upload;
import org.pomegranate.shared.web.Cursor;
import org.pomegranate.shared.web.PageOf;
import org.pomegranate.shared.web.Slice;
import org.pomegranate.shared.web.Total;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Service requests over JSON: intake (idempotent with {@code Idempotency-Key}), files, queues,
 * details and timeline, the acts of the lifecycle, rating and revisits. Staff see their scope;
 * a resident sees only their own requests. Every act answers the request as it now stands.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Service requests", description = "Intake, queues, lifecycle, rating and revisits of the service desk "
		+ "(接诉即办)")
class ServiceRequestApiController {

	private static final String REQUESTS = "/service-requests";

	private final ServiceDesk desk;
	private final RequestHandling handling;
	private final IdentityManagement identity;
	private final TransactionTemplate transactions;

	ServiceRequestApiController(ServiceDesk desk, RequestHandling handling, IdentityManagement identity,
			PlatformTransactionManager transactionManager) {
		this.desk = desk;
		this.handling = handling;
		this.identity = identity;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	// ---- intake -----------------------------------------------------------------------------------

	@PostMapping(REQUESTS)
	@Operation(summary = "Take a request in: a resident for themselves, or staff on a resident's behalf with the "
			+ "channel. 201 with the receipt; a retry with the same Idempotency-Key answers 200 with the first "
			+ "receipt and writes nothing. Files follow with POST /{id}/attachments")
	ResponseEntity<Receipt> create(@Valid @RequestBody Intake intake,
			@Parameter(description = "the client's key for this intake, at most 80 characters; retries reuse it")
			@RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey) {
		IntakeReceipt receipt = desk.intake(intake.withAttachments(List.of()), idempotencyKey);
		Receipt body = new Receipt(receipt.id(), receipt.number());
		return receipt.created()
				? ResponseEntity.created(URI.create("/api/v1/service-requests/" + receipt.id())).body(body)
				: ResponseEntity.ok().location(URI.create("/api/v1/service-requests/" + receipt.id())).body(body);
	}

	@PostMapping(value = REQUESTS + "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Add photos (JPEG, PNG) or PDFs to a request, as multipart parts named "
			+ "'attachments': at most 3 per request, 5 MB each, the type judged by the content; photos are "
			+ "decoded and stored encoded afresh (without EXIF), anything that does not decode is refused")
	List<RequestDetails.AttachmentInfo> attach(@PathVariable UUID id,
			@RequestPart(name = "attachments", required = false) List<MultipartFile> files) {
		List<Upload> uploads = files == null ? List.of() : files.stream().map(ServiceRequestApiController::upload).toList();
		return desk.addAttachments(id, uploads);
	}

	// ---- reading ----------------------------------------------------------------------------------

	@GetMapping(REQUESTS)
	@Operation(summary = "Staff: the queue of their scope (mine=true: assigned to them). Without status only open "
			+ "requests, overdue first, then by the nearest deadline; any other status newest first. Paged by "
			+ "cursor: pass the answer's 'next' as 'after' for the page after (absent on the last page), or its "
			+ "'previous' for the page before (absent on the first page). 'total' is "
			+ "exact up to 10,000, above that an estimate (kind ABOUT) unless exact=true. A resident: their own "
			+ "requests, newest first (the filters other than paging do not apply)")
	Slice<RequestSummary> list(@RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(required = false) RequestStatus status, @RequestParam(required = false) UUID categoryId,
			@RequestParam(required = false) Tier tier, @RequestParam(required = false) Channel channel,
			@Parameter(description = "submitted on or after this day, e.g. 2026-05-01")
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "submitted on or before this day")
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "the 'next' of the page before (an opaque cursor); none for the first page")
			@RequestParam(required = false) String after,
			@Parameter(description = "1 to 100") @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "count every request of the list, however many (slower on large lists)")
			@RequestParam(defaultValue = "false") boolean exact) {
		if (isResident()) {
			return ownPage(desk.myRequests(), after, size);
		}
		return desk.queue(new QueueFilter(mine, status, categoryId, tier, channel, from, to), after, size, exact);
	}

	@GetMapping(REQUESTS + "/{id}")
	@Operation(summary = "One request with its timeline and files; the contact phone is masked. Audited for staff")
	RequestDetails get(@PathVariable UUID id) {
		return details(id);
	}

	@GetMapping(REQUESTS + "/{id}/timeline")
	@Operation(summary = "Every act on the request in order (who, when, what, note)")
	List<TimelineEntry> timeline(@PathVariable UUID id) {
		return details(id).timeline();
	}

	@GetMapping(REQUESTS + "/{id}/duplicates")
	@Operation(summary = "Open requests of the same category for the same household or address within 7 days: "
			+ "candidates to merge")
	List<RequestSummary> duplicates(@PathVariable UUID id) {
		return desk.likelyDuplicates(id);
	}

	// ---- the lifecycle ----------------------------------------------------------------------------

	@PostMapping(REQUESTS + "/{id}/accept")
	@Operation(summary = "Take the request on: the first response; the caller becomes its assignee")
	RequestDetails accept(@PathVariable UUID id) {
		return actThenAnswer(id, () -> handling.accept(id));
	}

	@PostMapping(REQUESTS + "/{id}/start")
	@Operation(summary = "Start work on an accepted request")
	RequestDetails start(@PathVariable UUID id) {
		return actThenAnswer(id, () -> handling.start(id));
	}

	@PostMapping(REQUESTS + "/{id}/resolve")
	@Operation(summary = "Resolved, with a note to the resident on what was done; the resident can then rate or reopen")
	RequestDetails resolve(@PathVariable UUID id, @Valid @RequestBody Note body) {
		return actThenAnswer(id, () -> handling.resolve(id, body.note()));
	}

	@PostMapping(REQUESTS + "/{id}/transfer")
	@Operation(summary = "Hand the request to another unit with a reason; its deadlines keep running. Staff hand "
			+ "requests within their county, county officers across counties; another unit answers 400 naming unitId. "
			+ "204 when the request has left the caller's scope with the transfer")
	ResponseEntity<RequestDetails> transfer(@PathVariable UUID id, @Valid @RequestBody Transfer body) {
		return transactions.execute(tx -> {
			handling.transfer(id, body.unitId(), body.reason());
			return desk.isVisible(id) ? ResponseEntity.ok(details(id)) : ResponseEntity.noContent().build();
		});
	}

	@PostMapping(REQUESTS + "/{id}/merge")
	@Operation(summary = "Fold this duplicate into another open request; its resident is told")
	RequestDetails merge(@PathVariable UUID id, @Valid @RequestBody Merge body) {
		return actThenAnswer(id, () -> handling.merge(id, body.intoId()));
	}

	@PostMapping(REQUESTS + "/{id}/reject")
	@Operation(summary = "Turn the request away, always with a referral: where to go instead")
	RequestDetails reject(@PathVariable UUID id, @Valid @RequestBody Referral body) {
		return actThenAnswer(id, () -> handling.reject(id, body.referral()));
	}

	@PostMapping(REQUESTS + "/{id}/reopen")
	@Operation(summary = "The resident: not done after all, within 15 days of resolution, with a reason")
	RequestDetails reopen(@PathVariable UUID id, @Valid @RequestBody Reason body) {
		return actThenAnswer(id, () -> handling.reopen(id, body.reason()));
	}

	@PostMapping(REQUESTS + "/{id}/rating")
	@Operation(summary = "Rate a resolved request, which closes it: the resident on their own, or staff recording "
			+ "a rating taken by phone. 'Not resolved' or 'unsatisfied' opens a revisit")
	RequestDetails rate(@PathVariable UUID id, @Valid @RequestBody Rating rating) {
		return actThenAnswer(id, () -> handling.rate(id, rating));
	}

	// ---- revisits ---------------------------------------------------------------------------------

	@GetMapping("/revisits")
	@Operation(summary = "Call-backs owed in the caller's scope after a 'not resolved' or 'unsatisfied' rating, "
			+ "open ones first")
	List<Revisit> revisits(@RequestParam(defaultValue = "50") int limit) {
		return desk.revisits(limit);
	}

	@PostMapping("/revisits/{id}/complete")
	@Operation(summary = "Record what came of a call-back and, if asked, how satisfied the resident is now (the "
			+ "final satisfaction the evaluation shows beside the first)")
	ResponseEntity<Void> completeRevisit(@PathVariable UUID id, @Valid @RequestBody Outcome body) {
		handling.completeRevisit(id, body.outcome(), body.satisfaction());
		return ResponseEntity.noContent().build();
	}

	// ---- bodies -----------------------------------------------------------------------------------

	/** What intake answers: the request's id and its number for the resident. */
	record Receipt(UUID id, String number) {
	}

	record Note(@NotBlank @Size(max = 1000) String note) {
	}

	record Transfer(@NotNull UUID unitId, @NotBlank @Size(max = 1000) String reason) {
	}

	record Merge(@NotNull UUID intoId) {
	}

	record Referral(@NotBlank @Size(max = 500) String referral) {
	}

	record Reason(@NotBlank @Size(max = 1000) String reason) {
	}

	record Outcome(@NotBlank @Size(max = 500) String outcome, SatisfactionAnswer satisfaction) {
	}

	// ---- helpers ----------------------------------------------------------------------------------

	private boolean isResident() {
		return identity.currentUser().role() == Role.RESIDENT;
	}

	/**
	 * The act and the answer in one transaction: an answer that cannot be given (a 404 after the act,
	 * say) rolls the act back, so a call that fails has written nothing.
	 */
	private RequestDetails actThenAnswer(UUID id, Runnable act) {
		return transactions.execute(tx -> {
			act.run();
			return details(id);
		});
	}

	private RequestDetails details(UUID id) {
		return isResident() ? desk.myRequest(id) : desk.request(id);
	}

	/** A resident's own requests are at most a hundred: their cursor is a position in that short list. */
	private static <T> Slice<T> ownPage(List<T> all, String after, int size) {
		int clamped = PageOf.clampSize(size);
		int from = after == null ? 0
				: Cursor.decode(after, "after", "own", 2, p -> Math.min(all.size(), Integer.parseUnsignedInt(p.get(1))));
		List<T> rest = all.subList(from, Math.min(all.size(), from + clamped + 1));
		return Slice.of(rest, clamped, from + 1L, Total.exact(all.size()), last -> Cursor.encode("own", from + clamped));
	}
	private static Upload upload(MultipartFile file) {
		try {
			return new Upload(file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
