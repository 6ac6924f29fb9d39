package org.pomegranate.servicedesk.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.identity.StaffMember;
import org.pomegranate.notifications.Notifications;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends a request to a unit and a person there: on intake, on transfer, and when it climbs the
 * ladder. One place, so all three follow the same rules.
 */
@Component
public class Dispatcher {

	private final OrganizationManagement organization;
	private final IdentityManagement identity;
	private final RequestRepository requests;
	private final Notifications notifications;
	private final String fallbackCode;

	Dispatcher(OrganizationManagement organization, IdentityManagement identity, RequestRepository requests,
			Notifications notifications, @Value("${pomegranate.servicedesk.fallback-unit:632802}") String fallbackCode) {
		this.organization = organization;
		this.identity = identity;
		this.requests = requests;
		this.notifications = notifications;
		this.fallbackCode = fallbackCode;
	}

	public Routing.Decision route(UUID found, Routing.Basis basis, OrgLevel responsibleLevel) {
		List<OrgUnit> lineage = found == null ? List.of() : organization.lineage(found);
		return Routing.route(found, basis, lineage, responsibleLevel, lineage.isEmpty() ? fallback() : null);
	}

	/**
	 * The configured county office ({@code pomegranate.servicedesk.fallback-unit}), else the county
	 * with the lowest code under the root with the lowest code: the same unit on every call and
	 * every instance, whatever order the database returns.
	 */
	OrgUnit fallback() {
		Comparator<OrgUnit> byCode = Comparator.comparing(OrgUnit::code);
		return organization.findByCode(fallbackCode)
			.or(() -> organization.roots().stream().sorted(byCode)
				.flatMap(r -> organization.children(r.id()).stream().filter(u -> u.level() == OrgLevel.COUNTY)
					.sorted(byCode))
				.findFirst())
			.orElseThrow(() -> new IllegalStateException("No county office to route requests to"));
	}

	/** Who takes it at the unit: one query for the staff, one for their open load. */
	public Optional<StaffMember> assignee(UUID unitId, OrgLevel level, String language) {
		List<StaffMember> staff = identity.staffAt(unitId);
		if (Assignment.handlerRole(level) == null || staff.isEmpty()) {
			return Optional.empty();
		}
		return Assignment.choose(staff, level, language, requests.openLoad(staff.stream().map(StaffMember::accountId).toList()));
	}

	/**
	 * Tells the assignee, or every member of the unit who works on requests when nobody is
	 * assigned (not its volunteers, who cannot open them).
	 */
	public void notifyHandlers(UUID unitId, UUID assigneeId, String kind, String number, UUID requestId) {
		List<UUID> to = assigneeId != null ? List.of(assigneeId) : handlers(identity.staffAt(unitId));
		notifications.send(to, kind, List.of(number), staffLink(requestId));
	}

	/** A request to tell a unit of: every member who works on requests hears of it. */
	public record UnitNotice(UUID unitId, String number, UUID requestId) {
	}

	/**
	 * {@link #notifyHandlers} with nobody assigned, for many requests at once: one statement for the
	 * staff of all the units, one for all the notifications.
	 */
	public void notifyUnits(String kind, List<UnitNotice> notices) {
		Map<UUID, List<StaffMember>> staff = identity
			.staffAt(notices.stream().map(UnitNotice::unitId).collect(Collectors.toSet()));
		Map<UUID, List<UUID>> handlers = new HashMap<>();
		staff.forEach((unit, members) -> handlers.put(unit, handlers(members)));
		notifications.sendAll(kind, notices.stream()
			.map(n -> new Notifications.Outgoing(handlers.getOrDefault(n.unitId(), List.of()), List.of(n.number()),
					staffLink(n.requestId())))
			.toList());
	}

	/** Who at a unit is told of its requests: not its volunteers, who cannot open them. */
	private static List<UUID> handlers(List<StaffMember> staff) {
		return staff.stream().filter(s -> s.role().permissions().contains(Permission.VIEW_REQUESTS))
			.map(StaffMember::accountId).toList();
	}

	/**
	 * Tells the resident the request answers, if they have an account; a resident who asked by
	 * phone hears back the same way.
	 */
	public void notifyResident(UUID residentId, String kind, String number, UUID requestId) {
		notifications.send(identity.accountsOfResident(residentId), kind, List.of(number), "/my/requests/" + requestId);
	}

	private static String staffLink(UUID requestId) {
		return "/workbench/requests/" + requestId;
	}

	/**
	 * The units a staff member may hand a request to: any unit of their own county; a county
	 * officer (or anyone seated above a county) any unit of the prefecture, because moving work
	 * between counties is the counties' decision. The prefecture itself handles no requests.
	 */
	public Set<UUID> transferReach(CurrentUser user) {
		if (user.orgUnitId() == null || !user.can(Permission.HANDLE_REQUESTS)) {
			return Set.of();
		}
		List<OrgUnit> lineage = organization.lineage(user.orgUnitId());
		boolean countyOrAbove = lineage.get(lineage.size() - 1).level().ordinal() <= OrgLevel.COUNTY.ordinal();
		UUID root = countyOrAbove ? lineage.get(0).id()
				: lineage.stream().filter(u -> u.level() == OrgLevel.COUNTY).findFirst().map(OrgUnit::id)
					.orElse(user.orgUnitId());
		Set<UUID> reach = new HashSet<>(organization.subtree(root));
		lineage.stream().filter(u -> u.level() == OrgLevel.PREFECTURE).map(OrgUnit::id).forEach(reach::remove);
		return Set.copyOf(reach);
	}

	public Optional<OrgUnit> find(UUID unitId) {
		return organization.find(unitId);
	}

	public OrgUnit unit(UUID unitId) {
		return organization.find(unitId).orElseThrow(() -> new IllegalStateException("unit " + unitId));
	}

	public List<OrgUnit> lineage(UUID unitId) {
		return organization.lineage(unitId);
	}

	/** The lineage of each unit, root first, in one statement. */
	public Map<UUID, List<OrgUnit>> lineages(Collection<UUID> unitIds) {
		return organization.lineages(unitIds);
	}
}
