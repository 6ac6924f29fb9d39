package org.pomegranate.safety;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.identity.Role;
import org.pomegranate.identity.Scope;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.shared.web.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in safety screening. Staff who see the organisation read what lies in their scope;
 * those who handle work (grid workers up to county officers) inspect, record and rectify; heads and
 * officers plan campaigns.
 */
@Component
class SafetyAccess {

	private static final Set<Role> PLANNERS = Set.of(Role.COMMUNITY_HEAD, Role.STREET_OFFICER, Role.COUNTY_OFFICER);

	private final IdentityManagement identity;
	private final OrganizationManagement organization;

	SafetyAccess(IdentityManagement identity, OrganizationManagement organization) {
		this.identity = identity;
		this.organization = organization;
	}

	/** The scope of a reader (403 for a resident, volunteer or administrator). */
	Scope read() {
		return identity.scopeOf(identity.require(Permission.VIEW_ORGANIZATION));
	}

	/** The scope of someone who inspects and rectifies. */
	Scope work() {
		return identity.scopeOf(identity.require(Permission.HANDLE_REQUESTS));
	}

	/** The scope of a head or officer who plans campaigns. */
	Scope plan() {
		CurrentUser user = identity.require(Permission.HANDLE_REQUESTS);
		if (!PLANNERS.contains(user.role())) {
			throw new ForbiddenException("planning a campaign");
		}
		return identity.scopeOf(user);
	}

	CurrentUser user() {
		return identity.currentUser();
	}

	/**
	 * The scope plus every unit above its root: a campaign over the community is the concern of a
	 * grid worker in it, though the community itself is above her scope.
	 */
	UUID[] visible(Scope scope) {
		Set<UUID> units = new HashSet<>(scope.unitIds());
		if (scope.root() != null) {
			organization.lineage(scope.root()).stream().map(OrgUnit::id).forEach(units::add);
		}
		return units.toArray(UUID[]::new);
	}

	/** Whether {@code unit} lies at or below {@code ancestor}. */
	boolean within(UUID unit, UUID ancestor) {
		return organization.lineage(unit).stream().anyMatch(u -> u.id().equals(ancestor));
	}
}
