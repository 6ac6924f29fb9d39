package org.pomegranate.organization.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.shared.web.PageOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/org-units")
@Tag(name = "Organisation", description = "The org tree within the caller's scope")
class OrgUnitApiController {

	private final OrgScope scope;
	private final OrganizationManagement organization;

	OrgUnitApiController(OrgScope scope, OrganizationManagement organization) {
		this.scope = scope;
		this.organization = organization;
	}

	@GetMapping
	@Operation(summary = "Children of a unit (default: the caller's own unit), paged")
	PageOf<OrgUnit> list(@RequestParam(required = false) UUID parentId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		if (parentId == null) {
			return new PageOf<>(List.of(scope.root()), 0, 1, 1);
		}
		List<OrgUnit> children = organization.children(scope.unit(parentId).id());
		int pageSize = PageOf.clampSize(size);
		int from = (int) Math.min(children.size(), PageOf.offset(page, pageSize));
		int to = Math.min(children.size(), from + pageSize);
		return new PageOf<>(children.subList(from, to), Math.max(0, page), pageSize, children.size());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One unit")
	OrgUnit get(@PathVariable UUID id) {
		return scope.unit(id);
	}
}
