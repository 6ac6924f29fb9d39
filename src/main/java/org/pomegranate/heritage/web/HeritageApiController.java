package org.pomegranate.heritage.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.pomegranate.heritage.Heritage;
import org.pomegranate.heritage.HeritageModel.Category;
import org.pomegranate.heritage.HeritageModel.Inheritor;
import org.pomegranate.heritage.HeritageModel.InheritorForm;
import org.pomegranate.heritage.HeritageModel.Level;
import org.pomegranate.heritage.HeritageModel.Outreach;
import org.pomegranate.heritage.HeritageModel.OutreachForm;
import org.pomegranate.heritage.HeritageModel.Project;
import org.pomegranate.heritage.HeritageModel.ProjectForm;
import org.pomegranate.heritage.HeritageModel.Site;
import org.pomegranate.heritage.HeritageModel.SiteForm;
import org.pomegranate.heritage.HeritageModel.SiteKind;
import org.pomegranate.registry.Slice;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Heritage projects, inheritors, outreach and cultural sites over JSON. */
@RestController
@Tag(name = "Cultural heritage", description = "Intangible cultural heritage (非遗) projects, inheritors, outreach "
		+ "into homes and schools, and cultural sites")
class HeritageApiController {

	private final Heritage heritage;

	HeritageApiController(Heritage heritage) {
		this.heritage = heritage;
	}

	@GetMapping("/api/v1/heritage/projects")
	@Operation(summary = "Projects of the caller's scope and the units above it, by category, level and name; "
			+ "newest first; keyset: after=<id of the last one seen>")
	Slice<Project> projects(@RequestParam(required = false) Category category,
			@RequestParam(required = false) Level level, @RequestParam(required = false) String name,
			@RequestParam(required = false) UUID after, @RequestParam(defaultValue = "20") int size) {
		return heritage.projects(category, level, name, after, size);
	}

	@PostMapping("/api/v1/heritage/projects")
	@Operation(summary = "A project (community staff and heads, street and county officers): name, one of the ten "
			+ "national categories, level, a region of the caller's scope, description, media links")
	ResponseEntity<Project> createProject(@RequestBody ProjectForm form) {
		UUID id = heritage.createProject(form);
		return ResponseEntity.created(URI.create("/api/v1/heritage/projects/" + id)).body(heritage.project(id));
	}

	@GetMapping("/api/v1/heritage/projects/{id}")
	@Operation(summary = "One project")
	Project project(@PathVariable UUID id) {
		return heritage.project(id);
	}

	@GetMapping("/api/v1/heritage/projects/{id}/outreach")
	@Operation(summary = "The project's outreach into homes and schools, newest first")
	List<Outreach> outreach(@PathVariable UUID id) {
		return heritage.outreach(id);
	}

	@PostMapping("/api/v1/heritage/projects/{id}/outreach")
	@Operation(summary = "Record outreach: HOMES or SCHOOLS, date, place, audience (0–100000), note, optionally "
			+ "the activity it was run as")
	ResponseEntity<List<Outreach>> addOutreach(@PathVariable UUID id, @RequestBody OutreachForm form) {
		heritage.addOutreach(id, form);
		return ResponseEntity.status(201).body(heritage.outreach(id));
	}

	@GetMapping("/api/v1/heritage/inheritors")
	@Operation(summary = "Inheritors (传承人) by project and level; newest first; keyset: after=<id>")
	Slice<Inheritor> inheritors(@RequestParam(required = false) UUID projectId,
			@RequestParam(required = false) Level level, @RequestParam(required = false) UUID after,
			@RequestParam(defaultValue = "20") int size) {
		return heritage.inheritors(projectId, level, after, size);
	}

	@PostMapping("/api/v1/heritage/inheritors")
	@Operation(summary = "An inheritor of a project the caller keeps: name as on the list, level")
	ResponseEntity<Slice<Inheritor>> addInheritor(@RequestBody InheritorForm form) {
		heritage.addInheritor(form);
		return ResponseEntity.status(201).body(heritage.inheritors(form.projectId(), null, null, 100));
	}

	@GetMapping("/api/v1/cultural-sites")
	@Operation(summary = "Cultural sites of the caller's scope and above, by kind; newest first; keyset: after=<id>")
	Slice<Site> sites(@RequestParam(required = false) SiteKind kind, @RequestParam(required = false) UUID after,
			@RequestParam(defaultValue = "20") int size) {
		return heritage.sites(kind, after, size);
	}

	@PostMapping("/api/v1/cultural-sites")
	@Operation(summary = "A cultural site: kind, name, unit of the caller's scope, address, what it offers, opening "
			+ "hours, description")
	ResponseEntity<Site> createSite(@RequestBody SiteForm form) {
		UUID id = heritage.createSite(form);
		return ResponseEntity.created(URI.create("/api/v1/cultural-sites/" + id)).body(heritage.site(id));
	}

	@GetMapping("/api/v1/cultural-sites/{id}")
	@Operation(summary = "One cultural site")
	Site site(@PathVariable UUID id) {
		return heritage.site(id);
	}
}
