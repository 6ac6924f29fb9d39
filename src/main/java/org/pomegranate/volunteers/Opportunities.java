package org.pomegranate.volunteers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.pomegranate.volunteers.internal.VolunteerOpportunityRepository;
import org.pomegranate.volunteers.internal.Texts;
import org.pomegranate.volunteers.internal.VolunteerAccess;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opportunities and their shifts, and volunteer teams. Staff with {@code EDIT_RESIDENTS} create them
 * for units of their scope; staff read those of their scope; residents and volunteer coordinators read
 * those of their community, the units below it and above it.
 */
@Service
@Transactional
public class Opportunities {

	/** Points per hour when the opportunity names none, and for hours a volunteer enters herself. */
	public static final int DEFAULT_POINTS_PER_HOUR = 10;

	private final VolunteerOpportunityRepository opportunities;
	private final VolunteerAccess access;
	private final IdentityManagement identity;
	private final Clock clock;

	Opportunities(VolunteerOpportunityRepository opportunities, VolunteerAccess access, IdentityManagement identity,
			Clock clock) {
		this.opportunities = opportunities;
		this.access = access;
		this.identity = identity;
		this.clock = clock;
	}

	public UUID create(OpportunityForm form) {
		CurrentUser user = identity.require(Permission.EDIT_RESIDENTS);
		if (form == null || form.unitId() == null) {
			throw new InvalidInputException("unitId", "error.required");
		}
		if (!identity.scopeOf(user).contains(form.unitId())) {
			throw new InvalidInputException("unitId", "error.unknownUnit");
		}
		String title = Texts.check("title", form.title(), 100, true);
		String place = Texts.check("place", form.place(), 200, true);
		int perHour = range("pointsPerHour", form.pointsPerHour(), DEFAULT_POINTS_PER_HOUR, 100);
		int perShift = range("pointsPerShift", form.pointsPerShift(), 0, 500);
		if (form.teamId() != null && opportunities.team(form.teamId())
			.filter(t -> identity.scopeOf(user).contains(t.unitId())).isEmpty()) {
			throw new InvalidInputException("teamId", "volunteers.error.team");
		}
		UUID id = UUID.randomUUID();
		opportunities.insert(id, form.unitId(), form.teamId(), title, place, form.activityId(), perHour, perShift,
				clock.instant(), user.accountId());
		return id;
	}

	@Transactional(readOnly = true)
	public Opportunity get(UUID id) {
		return opportunities.find(id).filter(o -> visibleUnits().contains(o.unitId()))
			.orElseThrow(() -> new NotFoundException("opportunity"));
	}

	/** Newest first, keyset paging by the id of the last one seen. */
	@Transactional(readOnly = true)
	public Page<Opportunity> list(UUID after, int size) {
		int limit = Math.min(Math.max(size, 1), 100);
		List<Opportunity> rows = opportunities.inUnits(visibleUnits().toArray(UUID[]::new), after, limit + 1);
		List<Opportunity> shown = rows.subList(0, Math.min(limit, rows.size()));
		return new Page<>(List.copyOf(shown), rows.size() > limit ? shown.get(limit - 1).id() : null);
	}

	@Transactional(readOnly = true)
	public List<Shift> shifts(UUID opportunityId) {
		get(opportunityId);
		return opportunities.shiftsOf(opportunityId);
	}

	/** A shift: it ends after it starts, lasts at most a day, starts within a year, needs 1 to 500. */
	public UUID addShift(UUID opportunityId, ShiftForm form) {
		CurrentUser user = identity.require(Permission.EDIT_RESIDENTS);
		Opportunity opportunity = opportunities.find(opportunityId)
			.filter(o -> identity.scopeOf(user).contains(o.unitId())).orElseThrow(() -> new NotFoundException("opportunity"));
		if (form == null || form.startsAt() == null) {
			throw new InvalidInputException("startsAt", "error.required");
		}
		if (form.endsAt() == null) {
			throw new InvalidInputException("endsAt", "error.required");
		}
		if (!form.endsAt().isAfter(form.startsAt()) || Duration.between(form.startsAt(), form.endsAt()).toHours() >= 24) {
			throw new InvalidInputException("endsAt", "volunteers.error.shiftTimes");
		}
		Instant now = clock.instant();
		if (form.startsAt().isAfter(now.plus(Duration.ofDays(366))) || form.startsAt().isBefore(now.minus(Duration.ofDays(366)))) {
			throw new InvalidInputException("startsAt", "volunteers.error.shiftTimes");
		}
		int needed = range("needed", form.needed(), -1, 500);
		if (needed < 1) {
			throw new InvalidInputException("needed", "volunteers.error.needed");
		}
		UUID id = UUID.randomUUID();
		opportunities.insertShift(id, opportunity.id(), form.startsAt(), form.endsAt(), needed);
		return id;
	}

	/** A team of a unit of the caller's scope, with an optional coordinator account (staff or volunteer). */
	public UUID createTeam(UUID unitId, String name, UUID coordinatorId) {
		CurrentUser user = identity.require(Permission.EDIT_RESIDENTS);
		if (unitId == null || !identity.scopeOf(user).contains(unitId)) {
			throw new InvalidInputException("unitId", "error.unknownUnit");
		}
		String text = Texts.check("name", name, 100, true);
		UUID id = UUID.randomUUID();
		try {
			opportunities.insertTeam(id, unitId, text, coordinatorId, clock.instant());
		}
		catch (DuplicateKeyException e) {
			throw new RuleViolationException("volunteers.error.teamName");
		}
		catch (org.springframework.dao.DataIntegrityViolationException e) {
			throw new InvalidInputException("coordinatorId", "volunteers.error.coordinator");
		}
		return id;
	}

	/** Adds a volunteer of the caller's scope to a team of it; adding her twice changes nothing. */
	public void addToTeam(UUID teamId, UUID volunteerId) {
		CurrentUser user = identity.require(Permission.EDIT_RESIDENTS);
		opportunities.team(teamId).filter(t -> identity.scopeOf(user).contains(t.unitId()))
			.orElseThrow(() -> new NotFoundException("team"));
		access.act(volunteerId, false);
		opportunities.addMember(teamId, volunteerId);
	}

	/** Teams of the caller's scope, by name. */
	@Transactional(readOnly = true)
	public List<VolunteerTeam> teams() {
		CurrentUser user = identity.require(Permission.VIEW_RESIDENTS);
		return opportunities.teamsIn(identity.scopeOf(user).asArray());
	}

	private Set<UUID> visibleUnits() {
		return access.visibleUnits();
	}

	static int range(String field, Integer value, int fallback, int max) {
		if (value == null) {
			return fallback;
		}
		if (value < 0 || value > max) {
			throw new InvalidInputException(field, "volunteers.error.range");
		}
		return value;
	}
}
