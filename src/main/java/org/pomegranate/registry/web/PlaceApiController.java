package org.pomegranate.registry.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.pomegranate.registry.BuildingView;
import org.pomegranate.registry.CompoundView;
import org.pomegranate.registry.PlaceManagement;
import org.pomegranate.registry.Slice;
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
@RequestMapping("/api/v1")
@Tag(name = "Places", description = "Compounds and buildings of a community, each building in a grid")
class PlaceApiController {

	record CompoundBody(UUID communityId, String name, String address) {
	}

	record BuildingBody(UUID compoundId, UUID gridId, String name) {
	}

	private final PlaceManagement places;

	PlaceApiController(PlaceManagement places) {
		this.places = places;
	}

	@GetMapping("/compounds")
	@Operation(summary = "A community's compounds in name order; pass the answer's next as after for the next page")
	Slice<CompoundView> compounds(@RequestParam UUID communityId, @RequestParam(required = false) UUID after,
			@RequestParam(defaultValue = "20") int size) {
		return places.compounds(communityId, after, size);
	}

	@PostMapping("/compounds")
	@Operation(summary = "Add a compound to a community")
	ResponseEntity<CompoundView> createCompound(@RequestBody CompoundBody body) {
		UUID id = places.createCompound(body.communityId(), body.name(), body.address());
		return ResponseEntity.created(URI.create("/api/v1/compounds/" + id)).body(places.compound(id));
	}

	@GetMapping("/compounds/{id}")
	@Operation(summary = "One compound")
	CompoundView compound(@PathVariable UUID id) {
		return places.compound(id);
	}

	@PutMapping("/compounds/{id}")
	@Operation(summary = "Change a compound's name and address")
	CompoundView updateCompound(@PathVariable UUID id, @RequestBody CompoundBody body) {
		places.updateCompound(id, body.name(), body.address());
		return places.compound(id);
	}

	@GetMapping("/buildings")
	@Operation(summary = "A compound's buildings in name order, retired ones marked; next continues the list")
	Slice<BuildingView> buildings(@RequestParam UUID compoundId, @RequestParam(required = false) UUID after,
			@RequestParam(defaultValue = "20") int size) {
		return places.buildings(compoundId, after, size);
	}

	@PostMapping("/buildings")
	@Operation(summary = "Add a building to a compound, in a grid of its community")
	ResponseEntity<BuildingView> createBuilding(@RequestBody BuildingBody body) {
		UUID id = places.createBuilding(body.compoundId(), body.gridId(), body.name());
		return ResponseEntity.created(URI.create("/api/v1/buildings/" + id)).body(places.building(id));
	}

	@GetMapping("/buildings/{id}")
	@Operation(summary = "One building")
	BuildingView building(@PathVariable UUID id) {
		return places.building(id);
	}

	@PutMapping("/buildings/{id}")
	@Operation(summary = "Rename a building")
	BuildingView renameBuilding(@PathVariable UUID id, @RequestBody BuildingBody body) {
		places.renameBuilding(id, body.name());
		return places.building(id);
	}

	@PostMapping("/buildings/{id}/move")
	@Operation(summary = "Put a building in another grid of its community; its households' next requests go there")
	BuildingView moveBuilding(@PathVariable UUID id, @RequestBody BuildingBody body) {
		places.moveBuilding(id, body.gridId());
		return places.building(id);
	}

	@PostMapping("/buildings/{id}/retire")
	@Operation(summary = "Take a building out of service (409 while anyone lives in it)")
	BuildingView retireBuilding(@PathVariable UUID id) {
		places.retireBuilding(id);
		return places.building(id);
	}
}
