package org.pomegranate.activities.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.activities.Activity;
import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Role;
import org.pomegranate.identity.Scope;
import org.pomegranate.registry.Place;
import org.pomegranate.registry.Whereabouts;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may see and run which activity. Staff see what their unit's subtree organises or is for, and
 * every activity open to all; they act (sign residents up, check in, report) only within their
 * subtree. A resident sees what is open or for her community. Anything else is "not found".
 */
@Component
public class ActivityAccess {

	/** Roles that plan activities and write their reports. */
	public static final Set<Role> ORGANISERS = Set.of(Role.COMMUNITY_STAFF, Role.COMMUNITY_HEAD,
			Role.STREET_OFFICER, Role.COUNTY_OFFICER, Role.PREFECTURE_OFFICER);

	/** Roles that check people in at the door: the organisers, grid workers and volunteers. */
	public static final Set<Role> DOOR = Set.of(Role.COMMUNITY_STAFF, Role.COMMUNITY_HEAD, Role.STREET_OFFICER,
			Role.COUNTY_OFFICER, Role.PREFECTURE_OFFICER, Role.GRID_WORKER, Role.VOLUNTEER);

	private final IdentityManagement identity;
	private final Whereabouts whereabouts;
	private final ActivityRepository activities;

	ActivityAccess(IdentityManagement identity, Whereabouts whereabouts, ActivityRepository activities) {
		this.identity = identity;
		this.whereabouts = whereabouts;
		this.activities = activities;
	}

	public CurrentUser user() {
		return identity.currentUser();
	}

	public Scope scope() {
		return identity.scopeOf(identity.currentUser());
	}

	public CurrentUser require(Set<Role> roles) {
		CurrentUser user = identity.currentUser();
		if (!roles.contains(user.role())) {
			throw new ForbiddenException("not a role that does this with activities");
		}
		return user;
	}

	/** The signed-in resident's community, if she has a home in the register. */
	public Optional<UUID> communityOf(CurrentUser user) {
		return user.residentId() == null ? Optional.empty()
				: whereabouts.ofResident(user.residentId()).map(Place::communityId);
	}

	/** The activity as the caller may see it, or 404. */
	public Activity visible(UUID id) {
		Activity activity = activities.find(id).orElseThrow(() -> new NotFoundException("activity"));
		check(activity, false);
		return activity;
	}

	/** The activity, locked, for a change the caller may make there — staff in scope; a resident her own, or 404. */
	public Activity lockedFor(UUID id, boolean staffAct) {
		Activity activity = activities.lock(id).orElseThrow(() -> new NotFoundException("activity"));
		check(activity, staffAct);
		return activity;
	}

	/** The activity where staff may act — in their scope, without a lock, or 404. */
	public Activity forStaff(UUID id) {
		Activity activity = activities.find(id).orElseThrow(() -> new NotFoundException("activity"));
		check(activity, true);
		return activity;
	}

	/** Whether staff may act — check in, sign up, report at this activity. */
	public boolean inScope(Activity activity, Scope scope) {
		return scope.contains(activity.organiserUnitId()) || scope.contains(activity.homeUnitId());
	}

	private void check(Activity activity, boolean staffAct) {
		CurrentUser user = identity.currentUser();
		if (user.role() == Role.RESIDENT) {
			boolean forHer = activity.audienceCommunityId() == null
					|| activity.audienceCommunityId().equals(communityOf(user).orElse(null));
			if (!forHer) {
				throw new NotFoundException("activity");
			}
			return;
		}
		boolean inScope = inScope(activity, identity.scopeOf(user));
		if (!inScope && (staffAct || activity.audienceCommunityId() != null)) {
			throw new NotFoundException("activity");
		}
	}
}
