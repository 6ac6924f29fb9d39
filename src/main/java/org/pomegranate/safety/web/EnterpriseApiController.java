package org.pomegranate.safety.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.pomegranate.registry.Slice;
import org.pomegranate.safety.Enterprises;
import org.pomegranate.safety.SafetyModel.Enterprise;
import org.pomegranate.safety.SafetyModel.EnterpriseForm;
import org.pomegranate.safety.SafetyModel.EnterpriseKind;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The enterprises registry over JSON. */
@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "Enterprises", description = "Enterprises of the caller's scope with their unified social credit code "
		+ "and liaison (企业联络)")
class EnterpriseApiController {

	private final Enterprises enterprises;

	EnterpriseApiController(Enterprises enterprises) {
		this.enterprises = enterprises;
	}

	@GetMapping
	@Operation(summary = "Enterprises in scope by name and kind, newest first; keyset: after=<id of the last one "
			+ "seen>, the answer's next")
	Slice<Enterprise> list(@RequestParam(required = false) String name,
			@RequestParam(required = false) EnterpriseKind kind, @RequestParam(required = false) UUID after,
			@RequestParam(defaultValue = "20") int size) {
		return enterprises.enterprises(name, kind, after, size);
	}

	@PostMapping
	@Operation(summary = "Register an enterprise: the credit code's check character is verified (GB 32100-2015, "
			+ "400 if wrong), a code registered already is 409; the liaison is a staff account")
	ResponseEntity<Enterprise> register(@RequestBody EnterpriseForm form) {
		UUID id = enterprises.register(form);
		return ResponseEntity.created(URI.create("/api/v1/enterprises/" + id)).body(enterprises.enterprise(id));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One enterprise")
	Enterprise get(@PathVariable UUID id) {
		return enterprises.enterprise(id);
	}
}
