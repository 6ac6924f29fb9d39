package org.pomegranate.partybuilding.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.pomegranate.partybuilding.Cadre;
import org.pomegranate.partybuilding.CadreForm;
import org.pomegranate.partybuilding.MemberForm;
import org.pomegranate.partybuilding.Network;
import org.pomegranate.partybuilding.OrganizationForm;
import org.pomegranate.partybuilding.PartyNetwork;
import org.pomegranate.partybuilding.VanguardTeam;
import org.pomegranate.partybuilding.VanguardTeams;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The party-building network, cadres' registrations and vanguard teams over JSON. */
@RestController
@Tag(name = "Party-building network", description = "Community general branch, grid branches, building groups "
		+ "with their leaders; cadres reporting to their community; vanguard demonstration teams")
class PartyNetworkApiController {

	/** A new vanguard team of a community. */
	record TeamForm(UUID unitId, @io.swagger.v3.oas.annotations.media.Schema(maxLength = 100) String name) {
	}

	private final PartyNetwork network;
	private final VanguardTeams teams;

	PartyNetworkApiController(PartyNetwork network, VanguardTeams teams) {
		this.network = network;
		this.teams = teams;
	}

	@GetMapping("/api/v1/party-network")
	@Operation(summary = "A community's network (unitId: the community or one of its grids): organisations and "
			+ "leaders of the community, its grids and buildings; teams with members counted; cadres counted")
	Network network(@RequestParam UUID unitId) {
		return network.of(unitId);
	}

	@PutMapping("/api/v1/party-network/organizations")
	@Operation(summary = "Set up, rename or give a leader to the organisation of a community, grid or building "
			+ "(unitId or buildingId); the leader is a staff account of the community or its grids (204)")
	ResponseEntity<Void> organization(@RequestBody OrganizationForm form) {
		network.setOrganization(form);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/cadres")
	@Operation(summary = "A cadre reports to the community where she lives (报到) (201); registered already: 409")
	ResponseEntity<Void> registerCadre(@RequestBody CadreForm form) {
		UUID id = network.registerCadre(form);
		return ResponseEntity.created(URI.create("/api/v1/cadres/" + id)).build();
	}

	@GetMapping("/api/v1/cadres")
	@Operation(summary = "Cadres registered with a community of the caller's scope, names masked; audited")
	List<Cadre> cadres(@RequestParam UUID unitId) {
		return network.cadres(unitId);
	}

	@GetMapping("/api/v1/vanguard-teams")
	@Operation(summary = "Vanguard teams of the caller's scope (or of one community), members counted by kind")
	List<VanguardTeam> teams(@RequestParam(required = false) UUID unitId) {
		return teams.list(unitId);
	}

	@PostMapping("/api/v1/vanguard-teams")
	@Operation(summary = "A new vanguard team of a community (201); the same name twice is 409")
	ResponseEntity<VanguardTeam> createTeam(@RequestBody TeamForm form) {
		UUID id = teams.create(form == null ? null : form.unitId(), form == null ? null : form.name());
		return ResponseEntity.created(URI.create("/api/v1/vanguard-teams/" + id)).body(teams.get(id));
	}

	@GetMapping("/api/v1/vanguard-teams/{id}")
	@Operation(summary = "One team with its members counted")
	VanguardTeam team(@PathVariable UUID id) {
		return teams.get(id);
	}

	@PostMapping("/api/v1/vanguard-teams/{id}/members")
	@Operation(summary = "Add a staff account, a volunteer or a registered cadre of the team's community (201)")
	ResponseEntity<VanguardTeam> addMember(@PathVariable UUID id, @RequestBody MemberForm form) {
		return ResponseEntity.status(201).body(teams.addMember(id, form));
	}
}
