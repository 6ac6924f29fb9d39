package org.pomegranate.registry.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.pomegranate.registry.HouseholdDetails;
import org.pomegranate.registry.HouseholdForm;
import org.pomegranate.registry.HouseholdSummary;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.shared.web.Slice;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/households")
@Tag(name = "Households", description = "Households within the caller's scope")
class HouseholdApiController {

	private final RegistryManagement registry;

	HouseholdApiController(RegistryManagement registry) {
		this.registry = registry;
	}

	@GetMapping
	@Operation(summary = "Households in address order, optionally filtered by part of the address, paged by the "
			+ "opaque cursor 'after' (the 'next' of the page before). 'total' is exact up to 10,000, the database's "
			+ "estimate above (kind ABOUT or MORE_THAN); exact=true counts them all")
	Slice<HouseholdSummary> list(@RequestParam(defaultValue = "") String address,
			@RequestParam(required = false) String after, @RequestParam(defaultValue = "20") int size,
			@RequestParam(defaultValue = "false") boolean exact) {
		return registry.findHouseholds(address, after, size, exact);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One household with its residents (sensitive fields masked)")
	ResponseEntity<HouseholdDetails> get(@PathVariable UUID id) {
		return tagged(registry.household(id));
	}

	@PostMapping
	@Operation(summary = "Register a household")
	ResponseEntity<HouseholdDetails> create(@Valid @RequestBody HouseholdForm form) {
		UUID id = registry.createHousehold(form);
		return ResponseEntity.created(URI.create("/api/v1/households/" + id)).body(registry.household(id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a household; a new building, unit or room is recorded as a move")
	ResponseEntity<HouseholdDetails> update(@PathVariable UUID id, @Valid @RequestBody HouseholdForm form,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		registry.updateHousehold(id, form, IfMatch.version(ifMatch));
		return tagged(registry.household(id));
	}

	/** The ETag is the version, for a later If-Match. */
	private static ResponseEntity<HouseholdDetails> tagged(HouseholdDetails details) {
		return ResponseEntity.ok().eTag(IfMatch.etag(details.version())).body(details);
	}
}
