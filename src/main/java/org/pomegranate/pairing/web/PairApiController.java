package org.pomegranate.pairing.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.pomegranate.pairing.Pairing;
import org.pomegranate.pairing.PairingModel.Coverage;
import org.pomegranate.pairing.PairingModel.Pair;
import org.pomegranate.pairing.PairingModel.PairDetails;
import org.pomegranate.pairing.PairingModel.PairForm;
import org.pomegranate.pairing.PairingModel.Status;
import org.pomegranate.pairing.PairingModel.Visit;
import org.pomegranate.pairing.PairingModel.VisitForm;
import org.pomegranate.registry.Slice;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The pairing programme over JSON. */
@RestController
@RequestMapping("/api/v1/pairs")
@Tag(name = "Pairing", description = "Pairs (结对子·一家亲) of a household with another household, a staff member or "
		+ "a volunteer resident, their visits, and coverage per community")
class PairApiController {

	private final Pairing pairing;

	PairApiController(Pairing pairing) {
		this.pairing = pairing;
	}

	@GetMapping
	@Operation(summary = "Pairs in scope, households by compound and building only; lapsing=true for those without "
			+ "a visit for 60 days; newest first; keyset: after=<id of the last one seen>")
	Slice<Pair> list(@RequestParam(required = false) Status status,
			@RequestParam(defaultValue = "false") boolean lapsing, @RequestParam(required = false) UUID after,
			@RequestParam(defaultValue = "20") int size) {
		return pairing.pairs(status, lapsing, after, size);
	}

	@PostMapping
	@Operation(summary = "A new pair: kind HOUSEHOLDS (partnerHouseholdId), STAFF (partnerAccountId) or RESIDENT "
			+ "(partnerResidentId); goals; the same pair twice while active is 409")
	ResponseEntity<PairDetails> create(@RequestBody PairForm form) {
		UUID id = pairing.create(form);
		return ResponseEntity.created(URI.create("/api/v1/pairs/" + id)).body(pairing.pair(id));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A pair with the households' full addresses (audited as a view of every member) and visits")
	PairDetails get(@PathVariable UUID id) {
		return pairing.pair(id);
	}

	@PostMapping("/{id}/end")
	@Operation(summary = "End an active pair; ended already is 409")
	ResponseEntity<Void> end(@PathVariable UUID id) {
		pairing.end(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/visits")
	@Operation(summary = "The visits of a pair, newest first: date, visitor, help given")
	List<Visit> visits(@PathVariable UUID id) {
		return pairing.visits(id);
	}

	@PostMapping("/{id}/visits")
	@Operation(summary = "Log a visit: visitedOn (today or before, not before the pair began), visitor, help; a "
			+ "date in the future is 400, an ended pair 409")
	ResponseEntity<Visit> visit(@PathVariable UUID id, @RequestBody VisitForm form) {
		UUID visit = pairing.visit(id, form);
		return ResponseEntity.status(201).body(pairing.visits(id).stream().filter(v -> v.id().equals(visit))
			.findFirst().orElseThrow());
	}

	@GetMapping("/coverage")
	@Operation(summary = "Per community in scope: active pairs, lapsing pairs, visits in each of the last six months")
	List<Coverage> coverage() {
		return pairing.coverage();
	}
}
