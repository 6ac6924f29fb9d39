package org.pomegranate.organization.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.organization.UnitChange;
import org.pomegranate.organization.UnitNames;
import org.pomegranate.shared.web.PageOf;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/org-units")
@Tag(name = "Organisation", description = "The org tree within the caller's scope; changes by the administrator "
		+ "anywhere and by a county officer below their county")
class OrgUnitApiController {

	/**
	 * A unit as sent to create or change it.
	 *
	 * @param level optional on create (the level below the parent's); ignored on update
	 */
	record UnitBody(UUID parentId, String code, OrgLevel level, String nameZh, String nameEn, String nameBo,
			String nameMn) {

		UnitNames names() {
			return new UnitNames(nameZh, nameEn, nameBo, nameMn);
		}
	}

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
			List<OrgUnit> top = scope.tops();
			return new PageOf<>(top, 0, Math.max(1, top.size()), top.size());
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

	@PostMapping
	@Operation(summary = "Create a unit under a parent (none: a prefecture, administrator only)")
	ResponseEntity<OrgUnit> create(@RequestBody UnitBody body) {
		OrgUnit unit = organization.createUnit(body.parentId(), body.code(), body.level(), body.names());
		return ResponseEntity.created(URI.create("/api/v1/org-units/" + unit.id())).body(unit);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Rename a unit (code and names) and, when parentId names another unit, move it there "
			+ "with everything below it")
	OrgUnit update(@PathVariable UUID id, @RequestBody UnitBody body) {
		return organization.update(id, body.parentId(), body.code(), body.names());
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Close a unit that holds nothing any more (409 naming what it still holds)")
	OrgUnit close(@PathVariable UUID id) {
		organization.close(id);
		return organization.find(id).orElseThrow();
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "What happened to a unit, newest first; before (the last line's number) continues after a page")
	List<UnitChange> history(@PathVariable UUID id, @RequestParam(name = "before", required = false) Long before,
			@RequestParam(defaultValue = "50") int size) {
		return organization.history(id, before, size);
	}
}
