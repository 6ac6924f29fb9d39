package org.pomegranate.registry.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.pomegranate.privacy.RevealPurpose;
import org.pomegranate.privacy.RevealReason;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.ResidentDetails;
import org.pomegranate.registry.ResidentForm;
import org.pomegranate.registry.ResidentSearch;
import org.pomegranate.registry.ResidentFinder;
import org.pomegranate.registry.ResidentPage;
import org.pomegranate.registry.SensitiveField;
import org.springframework.http.ResponseEntity;
import jakarta.validation.groups.Default;
import org.springframework.validation.annotation.Validated;
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
@RequestMapping("/api/v1/residents")
@Tag(name = "Residents", description = "Residents within the caller's scope; ID numbers and phones masked")
class ResidentApiController {

	private final RegistryManagement registry;
	private final ResidentFinder finder;

	ResidentApiController(RegistryManagement registry, ResidentFinder finder) {
		this.registry = registry;
		this.finder = finder;
	}

	@GetMapping
	@Operation(summary = "Find residents by part of the name (2 characters or more; 1 character: names beginning with it), "
			+ "the last 4 digits of the phone, or part of the address; in name order, paged by the opaque cursor 'after' "
			+ "(the 'next' of the page before). The first page says how many match when they all fit on it, else "
			+ "'more': exactCount=true counts them all")
	ResidentPage list(@RequestParam(required = false) String name, @RequestParam(required = false) String phoneSuffix,
			@RequestParam(required = false) String address, @RequestParam(defaultValue = "false") boolean includeEnded,
			@RequestParam(required = false) String after, @RequestParam(defaultValue = "20") int size,
			@RequestParam(defaultValue = "false") boolean exactCount) {
		return finder.find(new ResidentSearch(name, phoneSuffix, address, includeEnded), after, size, exactCount);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One resident (audited)")
	ResponseEntity<ResidentDetails> get(@PathVariable UUID id) {
		return tagged(registry.resident(id));
	}

	@PostMapping
	@Operation(summary = "Register a resident in a household")
	ResponseEntity<ResidentDetails> create(@Validated({ Default.class, ResidentForm.New.class }) @RequestBody ResidentForm form) {
		UUID id = registry.createResident(form);
		return ResponseEntity.created(URI.create("/api/v1/residents/" + id)).body(registry.resident(id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a resident; empty birth date, phone, ID number or ethnicity keep the stored values, "
			+ "'clear' removes them; send If-Match with the ETag read to refuse a lost update (412)")
	ResponseEntity<ResidentDetails> update(@PathVariable UUID id, @Valid @RequestBody ResidentForm form,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		registry.updateResident(id, form, IfMatch.version(ifMatch));
		return tagged(registry.resident(id));
	}

	@PostMapping("/{id}/reveal")
	@Operation(summary = "Reveal a masked phone or ID number for a purpose, with a note of 10 to 200 characters; "
			+ "both are audited and shown to the resident. Ethnicity is never revealed to staff (403)")
	Revealed reveal(@PathVariable UUID id, @Valid @RequestBody RevealRequest request) {
		return new Revealed(request.field(),
				registry.reveal(id, request.field(), new RevealReason(request.purpose(), request.note())));
	}

	/**
	 * @param purpose one of the fixed list
	 * @param note    the staff member's own words, 10 to 200 characters
	 */
	record RevealRequest(@NotNull SensitiveField field, @NotNull RevealPurpose purpose,
			@NotBlank @Size(min = RevealReason.MIN_NOTE, max = RevealReason.MAX_NOTE) String note) {
	}

	record Revealed(SensitiveField field, String value) {
	}

	/** The ETag is the version, for a later If-Match. */
	private static ResponseEntity<ResidentDetails> tagged(ResidentDetails details) {
		return ResponseEntity.ok().eTag(IfMatch.etag(details.version())).body(details);
	}
}
