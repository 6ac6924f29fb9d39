package org.pomegranate.volunteers.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.identity.Role;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.privacy.AuditAction;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.privacy.Masking;
import org.pomegranate.registry.Whereabouts;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.volunteers.Volunteer;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on a volunteer: she herself (a resident signed in with her record), staff of her
 * community's subtree (reading with {@code VIEW_RESIDENTS}, acting with {@code EDIT_RESIDENTS}).
 * Anyone else gets 404, as if she did not exist. Every staff read is audited here, and staff see her
 * name masked.
 */
@Component
public class VolunteerAccess {

	/** The audit log's subject type for volunteers' data. */
	public static final String SUBJECT = "VOLUNTEER";

	private final VolunteerRepository volunteers;
	private final IdentityManagement identity;
	private final OrganizationManagement organization;
	private final AuditLog audit;
	private final Whereabouts whereabouts;

	VolunteerAccess(VolunteerRepository volunteers, IdentityManagement identity, OrganizationManagement organization,
			AuditLog audit, Whereabouts whereabouts) {
		this.whereabouts = whereabouts;
		this.volunteers = volunteers;
		this.identity = identity;
		this.organization = organization;
		this.audit = audit;
	}

	public CurrentUser user() {
		return identity.currentUser();
	}

	public boolean isSelf(Volunteer volunteer) {
		UUID resident = user().residentId();
		return resident != null && resident.equals(volunteer.residentId());
	}

	/** Reads a volunteer for her or for staff in scope; a staff read is audited with the detail given. */
	public Volunteer read(UUID id, String detail) {
		Volunteer volunteer = volunteers.find(id).orElseThrow(() -> new NotFoundException("volunteer"));
		if (isSelf(volunteer)) {
			return volunteer;
		}
		requireStaff(Permission.VIEW_RESIDENTS, volunteer);
		audit.record(AuditAction.VIEW, SUBJECT, id, volunteer.residentId(), detail, null);
		return masked(volunteer);
	}

	/**
	 * Like {@link #read(UUID, String)} but with her name whole, for what is printed for her (her
	 * certificate); a staff read is audited all the same.
	 */
	public Volunteer readWhole(UUID id, String detail) {
		Volunteer volunteer = volunteers.find(id).orElseThrow(() -> new NotFoundException("volunteer"));
		if (!isSelf(volunteer)) {
			requireStaff(Permission.VIEW_RESIDENTS, volunteer);
			audit.record(AuditAction.VIEW, SUBJECT, id, volunteer.residentId(), detail, null);
		}
		return volunteer;
	}

	/**
	 * A volunteer for an act: she herself if {@code selfMay}, otherwise staff with {@code EDIT_RESIDENTS}
	 * in scope. Does not audit (the act records itself).
	 */
	public Volunteer act(UUID id, boolean selfMay) {
		Volunteer volunteer = volunteers.find(id).orElseThrow(() -> new NotFoundException("volunteer"));
		if (selfMay && isSelf(volunteer)) {
			return volunteer;
		}
		requireStaff(Permission.EDIT_RESIDENTS, volunteer);
		return volunteer;
	}

	private void requireStaff(Permission permission, Volunteer volunteer) {
		CurrentUser user = user();
		org.pomegranate.identity.Scope scope = identity.scopeOf(user);
		if (!user.role().isStaff() || !(scope.contains(volunteer.communityId()) || scope.contains(volunteer.gridId()))) {
			throw new NotFoundException("volunteer");
		}
		if (!user.can(permission)) {
			throw new ForbiddenException("volunteer");
		}
	}

	/** The units whose opportunities the signed-in caller sees (see {@link #opportunityUnits(UUID)}). */
	public Set<UUID> visibleUnits() {
		UUID resident = user().residentId();
		return opportunityUnits(resident == null ? null
				: whereabouts.ofResident(resident).map(p -> p.communityId()).orElse(null));
	}

	/** The signed-in resident's standing registration, if any. */
	public java.util.Optional<Volunteer> ownRegistration() {
		UUID resident = user().residentId();
		return resident == null ? java.util.Optional.empty() : volunteers.activeOfResident(resident);
	}

	/**
	 * The units whose opportunities the caller sees: staff their scope; a resident or volunteer account
	 * her community's subtree and the units above it (a street's opportunity is hers too).
	 */
	public Set<UUID> opportunityUnits(UUID residentCommunity) {
		CurrentUser user = user();
		if (user.role().isStaff()) {
			return identity.scopeOf(user).unitIds();
		}
		UUID community = residentCommunity != null ? residentCommunity
				: user.role() == Role.VOLUNTEER ? user.orgUnitId() : null;
		if (community == null) {
			return Set.of();
		}
		Set<UUID> units = new HashSet<>(organization.subtree(community));
		organization.lineage(community).stream().map(OrgUnit::id).forEach(units::add);
		return units;
	}

	/** Staff see a name masked: its first character and a star for each other one. */
	public static Volunteer masked(Volunteer v) {
		return new Volunteer(v.id(), v.residentId(), maskName(v.name()), v.communityId(), v.gridId(), v.communityName(), v.skills(),
				v.languages(), v.availability(), v.consentAt(), v.registeredAt(), v.endedAt(), v.language(),
				v.approvedHours(), v.balance());
	}

	public static String maskName(String name) {
		return Masking.name(name);
	}
}
