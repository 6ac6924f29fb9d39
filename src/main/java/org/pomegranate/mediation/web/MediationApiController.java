package org.pomegranate.mediation.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.pomegranate.mediation.CaseDetails;
import org.pomegranate.mediation.CaseFilter;
import org.pomegranate.mediation.CaseIntake;
import org.pomegranate.mediation.CaseReceipt;
import org.pomegranate.mediation.CaseStatus;
import org.pomegranate.mediation.CaseSummary;
import org.pomegranate.mediation.CaseType;
import org.pomegranate.mediation.MediationActs;
import org.pomegranate.mediation.MediationCases;
import org.pomegranate.mediation.MediationRates;
import org.pomegranate.mediation.MonthRate;
import org.pomegranate.mediation.NewCase;
import org.pomegranate.mediation.Referral;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mediation cases over JSON: intake, the reader's list, one case, its acts and the resolution
 * rate. A case is seen only by its mediator and the heads above it; anyone else gets 404. Every
 * act answers the case as it now stands, read in the act's own transaction.
 */
@RestController
@RequestMapping("/api/v1/mediation")
@Tag(name = "Mediation", description = "Dispute mediation (矛盾纠纷排查化解): cases, sessions, agreements, referrals, "
		+ "follow-ups and the resolution rate (化解率)")
class MediationApiController {

	private static final String CASES = "/cases";

	private final CaseIntake intake;
	private final MediationCases cases;
	private final MediationActs acts;
	private final MediationRates rates;
	private final TransactionTemplate transactions;

	MediationApiController(CaseIntake intake, MediationCases cases, MediationActs acts, MediationRates rates,
			PlatformTransactionManager transactionManager) {
		this.intake = intake;
		this.cases = cases;
		this.acts = acts;
		this.rates = rates;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** A case just opened. */
	record CaseOpened(UUID id, String number) {
	}

	record SessionBody(LocalDate heldOn, String place, String note) {
	}

	record AgreementBody(String terms) {
	}

	record PartialBody(String terms, Referral referral, String note) {
	}

	record FailureBody(Referral referral, String note) {
	}

	record FollowUpBody(LocalDate visitedOn, Boolean kept, String note) {
	}

	@PostMapping(CASES)
	@Operation(summary = "Open a case: from a service request (source SERVICE_REQUEST with requestId; the request's "
			+ "timeline records the referral), a screening round (SCREENING, with an optional screeningNote) or a walk-in "
			+ "(WALK_IN), each with unitId (a community or street of the caller's scope). Two to ten parties: a registered "
			+ "resident by residentId, or an outside person by name with an optional phone. The mediator is a mediator "
			+ "or community staff member of the unit or the street above it. 201 with the number")
	ResponseEntity<CaseOpened> open(@RequestBody NewCase body) {
		CaseReceipt receipt = intake.open(body);
		return ResponseEntity.created(URI.create("/api/v1/mediation/cases/" + receipt.id()))
			.body(new CaseOpened(receipt.id(), receipt.number()));
	}

	@GetMapping(CASES)
	@Operation(summary = "The caller's cases, newest first: a mediator's own, a head's or officer's whole subtree. "
			+ "No party's name. Keyset paged: pass the last number of a page as 'before'")
	List<CaseSummary> list(@RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) CaseType type,
			@Parameter(description = "the mediator's account") @RequestParam(required = false) UUID mediatorId,
			@Parameter(description = "only cases past their settling deadline, or agreements past their follow-up")
			@RequestParam(defaultValue = "false") boolean overdue,
			@Parameter(description = "the last case number of the previous page, e.g. M-2026-000042")
			@RequestParam(required = false) String before, @RequestParam(defaultValue = "50") int size,
			Locale locale) {
		return cases.list(new CaseFilter(status, type, mediatorId, overdue), before, size, locale);
	}

	@GetMapping(CASES + "/{id}")
	@Operation(summary = "One case: parties (outside people's phones masked), sessions, outcome, follow-up and "
			+ "timeline. Audited for every registered resident among the parties")
	CaseDetails show(@PathVariable UUID id, Locale locale) {
		return cases.details(id, "api", locale);
	}

	@PostMapping(CASES + "/{id}/sessions")
	@Operation(summary = "Record a session held on heldOn (not in the future, not before the case) with its notes")
	CaseDetails session(@PathVariable UUID id, @RequestBody SessionBody body, Locale locale) {
		return act(id, locale, b -> acts.session(id, b.heldOn(), b.place(), b.note()), body);
	}

	@PostMapping(CASES + "/{id}/agreement")
	@Operation(summary = "The parties agreed on the terms (after at least one session); the follow-up visit falls due "
			+ "30 days later; counts as resolved in the month's rate")
	CaseDetails agreement(@PathVariable UUID id, @RequestBody AgreementBody body, Locale locale) {
		return act(id, locale, b -> acts.agree(id, b.terms()), body);
	}

	@PostMapping(CASES + "/{id}/partial")
	@Operation(summary = "Part of the dispute settled on the terms, the rest perhaps referred; counts as closed, not "
			+ "resolved")
	CaseDetails partial(@PathVariable UUID id, @RequestBody PartialBody body, Locale locale) {
		return act(id, locale, b -> acts.partial(id, b.terms(), b.referral(), b.note()), body);
	}

	@PostMapping(CASES + "/{id}/fail")
	@Operation(summary = "Mediation failed: the parties are referred to a court, arbitration or judicial confirmation")
	CaseDetails fail(@PathVariable UUID id, @RequestBody FailureBody body, Locale locale) {
		return act(id, locale, b -> acts.fail(id, b.referral(), b.note()), body);
	}

	@PostMapping(CASES + "/{id}/follow-up")
	@Operation(summary = "The follow-up visit after an agreement, on visitedOn (not in the future): whether it is kept; "
			+ "closes the case")
	CaseDetails followUp(@PathVariable UUID id, @RequestBody FollowUpBody body, Locale locale) {
		return act(id, locale, b -> acts.followUp(id, b.visitedOn(), b.kept(), b.note()), body);
	}

	@GetMapping("/rates")
	@Operation(summary = "The resolution rate (化解率 = cases ended in agreement ÷ cases closed, in the month of the "
			+ "outcome) of the unit (default: the caller's) and every unit below it, one row per month from 'from' to "
			+ "'to' (at most 36), against the 95 % target, with numerator and denominator")
	List<MonthRate> rates(@RequestParam(required = false) UUID unitId,
			@Parameter(description = "first month, e.g. 2026-01; default: 11 months before 'to'")
			@RequestParam(required = false) String from,
			@Parameter(description = "last month, e.g. 2026-12; default: this month")
			@RequestParam(required = false) String to) {
		var last = MediationRates.month("to", to, rates.thisMonth());
		var first = MediationRates.month("from", from, last.minusMonths(11));
		return rates.rates(unitId, first, last);
	}

	private <B> CaseDetails act(UUID id, Locale locale, Consumer<B> act, B body) {
		if (body == null) {
			throw new org.pomegranate.shared.web.InvalidInputException("body", "error.required");
		}
		return transactions.execute(tx -> {
			act.accept(body);
			return cases.details(id, "api", locale);
		});
	}
}
