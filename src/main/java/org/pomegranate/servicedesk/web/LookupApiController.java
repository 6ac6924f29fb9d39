package org.pomegranate.servicedesk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.pomegranate.servicedesk.LookupResult;
import org.pomegranate.servicedesk.RequestLookup;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The no-account lookup over JSON: the same rules as the page. */
@RestController
@Tag(name = "Service requests", description = "Intake, queues, lifecycle, rating and revisits of the service desk "
		+ "(接诉即办)")
class LookupApiController {

	private final RequestLookup lookup;

	LookupApiController(RequestLookup lookup) {
		this.lookup = lookup;
	}

	@PostMapping("/api/v1/service-requests/lookup")
	@Operation(summary = "Where a request stands, for anyone holding its number and the phone it was filed with "
			+ "(no account needed). A wrong number and a wrong phone both answer 404; tries are limited per client "
			+ "address and per number (429). Shows status, category, building and public steps only.")
	LookupResult find(@Valid @RequestBody Query query, HttpServletRequest request) {
		return lookup.lookup(query.number(), query.phone(), request.getRemoteAddr());
	}

	/** The request's number (HX-2026-000123) and the phone it was filed with. */
	record Query(@NotBlank @Size(max = 30) String number, @NotBlank @Size(max = 30) String phone) {
	}
}
