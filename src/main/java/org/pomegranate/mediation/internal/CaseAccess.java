package org.pomegranate.mediation.internal;

import java.util.EnumSet;
import java.util.Set;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Role;
import org.pomegranate.identity.Scope;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may see and work a case. A dispute's parties and their words are sensitive: a case is seen
 * only by its mediator and by the heads above it (the community head of its unit, the street,
 * county and prefecture officers over their subtree). Anyone else is answered as if it did not
 * exist. Acts are for the mediator and the community or street head; the officers higher up read.
 */
@Component
public class CaseAccess {

	static final Set<Role> OVERSEERS = EnumSet.of(Role.COMMUNITY_HEAD, Role.STREET_OFFICER, Role.COUNTY_OFFICER,
			Role.PREFECTURE_OFFICER);
	static final Set<Role> ACTING_HEADS = EnumSet.of(Role.COMMUNITY_HEAD, Role.STREET_OFFICER);
	/** Who takes cases in: the community office, mediators and the street and county offices. */
	static final Set<Role> INTAKE = EnumSet.of(Role.COMMUNITY_STAFF, Role.COMMUNITY_HEAD, Role.MEDIATOR,
			Role.STREET_OFFICER, Role.COUNTY_OFFICER);
	/** Who may be a case's mediator. */
	static final Set<Role> MEDIATORS = EnumSet.of(Role.MEDIATOR, Role.COMMUNITY_STAFF, Role.COMMUNITY_HEAD);

	private final IdentityManagement identity;

	CaseAccess(IdentityManagement identity) {
		this.identity = identity;
	}

	/** The signed-in staff member; residents, volunteers and the administrator have no cases. */
	public CurrentUser staff() {
		CurrentUser user = identity.currentUser();
		if (!user.role().isStaff() || user.role() == Role.SYSTEM_ADMIN) {
			throw new ForbiddenException("mediation");
		}
		return user;
	}

	/** The units whose every case the user oversees: none for a mediator or staff member. */
	public Scope oversight(CurrentUser user) {
		return OVERSEERS.contains(user.role()) ? identity.scopeOf(user) : Scope.NONE;
	}

	public boolean mayView(CurrentUser user, StoredCase c) {
		return user.accountId().equals(c.mediatorId()) || oversight(user).contains(c.unitId());
	}

	public boolean mayAct(CurrentUser user, StoredCase c) {
		return user.accountId().equals(c.mediatorId())
				|| (ACTING_HEADS.contains(user.role()) && identity.scopeOf(user).contains(c.unitId()));
	}

	/** @throws NotFoundException when the user may not see it; ForbiddenException when they may see but not act */
	public void requireAct(CurrentUser user, StoredCase c) {
		if (!mayView(user, c)) {
			throw new NotFoundException("case");
		}
		if (!mayAct(user, c)) {
			throw new ForbiddenException("case");
		}
	}

	public boolean inScope(CurrentUser user, java.util.UUID unitId) {
		return identity.scopeOf(user).contains(unitId);
	}

	public static boolean isMediatorRole(Role role) {
		return MEDIATORS.contains(role);
	}

	public boolean mayTakeIn(CurrentUser user) {
		return INTAKE.contains(user.role());
	}
}
