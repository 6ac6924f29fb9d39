package org.pomegranate.evaluation.assessment;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.evaluation.assessment.AssessmentModel.Cycle;
import org.pomegranate.evaluation.assessment.internal.AssessmentRepository;
import org.pomegranate.evaluation.survey.Texts;
import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Role;
import org.pomegranate.identity.Scope;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what in the creation assessment, shared by {@link AssessmentSchemes} (the office's
 * schemes and cycles) and {@link CreationAssessment} (one community's assessment): the caller's role,
 * the scope below their unit and the units above it, whose schemes and cycles they may use.
 */
@Component
class AssessmentAccess {

	static final Set<Role> SCHEME_KEEPERS = Set.of(Role.COUNTY_OFFICER, Role.PREFECTURE_OFFICER);
	static final Set<Role> READERS = Set.of(Role.COMMUNITY_HEAD, Role.STREET_OFFICER, Role.COUNTY_OFFICER,
			Role.PREFECTURE_OFFICER);

	private final AssessmentRepository repository;
	private final IdentityManagement identity;
	private final OrganizationManagement organization;

	AssessmentAccess(AssessmentRepository repository, IdentityManagement identity, OrganizationManagement organization) {
		this.repository = repository;
		this.identity = identity;
		this.organization = organization;
	}

	/** The signed-in user if their role is one of these and they belong to a unit; else 403. */
	CurrentUser user(Set<Role> roles) {
		CurrentUser user = identity.currentUser();
		if (!roles.contains(user.role()) || user.orgUnitId() == null) {
			throw new ForbiddenException("not for this role");
		}
		return user;
	}

	Scope scope(CurrentUser user) {
		return identity.scopeOf(user);
	}

	/** A cycle run by a unit above the community (or by the community's own line), the community in scope. */
	Cycle cycleOfCommunity(CurrentUser user, UUID cycleId, UUID communityId) {
		requireCommunityInScope(user, communityId);
		Cycle cycle = repository.cycle(cycleId).orElseThrow(() -> new NotFoundException("cycle"));
		if (!lineage(communityId).contains(cycle.ownerUnitId())) {
			throw new NotFoundException("cycle");
		}
		return cycle;
	}

	void requireCommunityInScope(CurrentUser user, UUID communityId) {
		boolean isCommunity = organization.find(communityId).map(u -> u.level() == OrgLevel.COMMUNITY).orElse(false);
		if (!isCommunity || !identity.scopeOf(user).contains(communityId)) {
			throw new NotFoundException("community");
		}
	}

	/** In the caller's scope, or one of the units above theirs. */
	boolean reachable(CurrentUser user, UUID unit) {
		return identity.scopeOf(user).contains(unit) || lineage(user.orgUnitId()).contains(unit);
	}

	List<UUID> lineage(UUID unit) {
		return unit == null ? List.of() : organization.lineage(unit).stream().map(OrgUnit::id).toList();
	}

	static Texts texts(OrgUnit unit) {
		return new Texts(unit.nameZh(), unit.nameEn(), null, null);
	}
}
