package org.pomegranate.partybuilding.web;

import java.util.List;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.partybuilding.PartyNetwork;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The network page of a community: community → grids → buildings with their organisations and leaders,
 * and the vanguard teams with members counted; a chooser of the communities of the caller's scope; and
 * the cadres registered with the community (names masked, audited) on a page of their own.
 */
@Controller
class PartyNetworkPageController {

	private final PartyNetwork network;
	private final IdentityManagement identity;

	PartyNetworkPageController(PartyNetwork network, IdentityManagement identity) {
		this.network = network;
		this.identity = identity;
	}

	@GetMapping("/party-network")
	String network(@RequestParam(required = false) UUID unitId, Model model) {
		List<OrgUnit> communities = network.communities();
		CurrentUser me = identity.currentUser();
		UUID shown = unitId != null ? unitId
				: communities.stream().filter(c -> c.id().equals(me.orgUnitId())).map(OrgUnit::id).findFirst()
					.orElse(communities.size() == 1 ? communities.get(0).id() : null);
		if (shown == null && me.orgUnitId() != null && communities.isEmpty()) {
			shown = me.orgUnitId();
		}
		model.addAttribute("communities", communities);
		model.addAttribute("network", shown == null ? null : network.of(shown));
		return "partybuilding/network";
	}

	@GetMapping("/party-network/cadres")
	String cadres(@RequestParam UUID unitId, Model model) {
		model.addAttribute("cadres", network.cadres(unitId));
		model.addAttribute("unitId", unitId);
		return "partybuilding/cadres";
	}
}
