package org.pomegranate.evaluation.assessment;

import static org.pomegranate.evaluation.assessment.AssessmentAccess.READERS;
import static org.pomegranate.evaluation.assessment.AssessmentAccess.SCHEME_KEEPERS;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.evaluation.assessment.AssessmentModel.Cycle;
import org.pomegranate.evaluation.assessment.AssessmentModel.CycleForm;
import org.pomegranate.evaluation.assessment.AssessmentModel.Row;
import org.pomegranate.evaluation.assessment.AssessmentModel.Scheme;
import org.pomegranate.evaluation.assessment.AssessmentModel.SchemeForm;
import org.pomegranate.evaluation.assessment.AssessmentModel.Status;
import org.pomegranate.evaluation.assessment.internal.AssessmentRepository;
import org.pomegranate.evaluation.assessment.internal.AssessmentRules;
import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.Scope;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The creation assessment's set-up (民族团结进步创建): county and prefecture officers keep an indicator
 * scheme (weights summing to 100) and open a yearly cycle on it, after which the scheme is fixed; the
 * cycle's table shows each community's status and totals. One community's own assessment is
 * {@link CreationAssessment}.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentSchemes {

	private final AssessmentRepository repository;
	private final AssessmentAccess access;
	private final OrganizationManagement organization;
	private final Clock clock;

	AssessmentSchemes(AssessmentRepository repository, AssessmentAccess access, OrganizationManagement organization,
			Clock clock) {
		this.repository = repository;
		this.access = access;
		this.organization = organization;
		this.clock = clock;
	}

	// ---- the indicator scheme ---------------------------------------------------------------------

	@Transactional
	public UUID createScheme(SchemeForm form) {
		CurrentUser user = access.user(SCHEME_KEEPERS);
		AssessmentRules.checkScheme(form);
		UUID id = UUID.randomUUID();
		repository.insertScheme(id, user.orgUnitId(), form.name(), clock.instant());
		repository.replaceIndicators(id, form.indicators());
		return id;
	}

	/** Changes the indicators; once a cycle uses the scheme it is fixed (409). */
	@Transactional
	public void updateScheme(UUID id, SchemeForm form) {
		Scope scope = access.scope(access.user(SCHEME_KEEPERS));
		UUID owner = repository.lockScheme(id).orElseThrow(() -> new NotFoundException("scheme"));
		if (!scope.contains(owner)) {
			throw new NotFoundException("scheme");
		}
		if (repository.scheme(id).orElseThrow().inUse()) {
			throw new RuleViolationException("error.assessment.schemeInUse");
		}
		AssessmentRules.checkScheme(form);
		repository.renameScheme(id, form.name());
		repository.replaceIndicators(id, form.indicators());
	}

	/** A scheme of the caller's scope or of a unit above it (a county may use the prefecture's). */
	public Scheme scheme(UUID id) {
		CurrentUser user = access.user(READERS);
		Scheme scheme = repository.scheme(id).orElseThrow(() -> new NotFoundException("scheme"));
		if (!access.reachable(user, scheme.ownerUnitId())) {
			throw new NotFoundException("scheme");
		}
		return scheme;
	}

	public List<Scheme> schemes() {
		CurrentUser user = access.user(READERS);
		List<UUID> units = new ArrayList<>(access.scope(user).unitIds());
		access.lineage(user.orgUnitId()).forEach(units::add);
		return repository.schemesOwnedBy(units.toArray(UUID[]::new));
	}

	// ---- cycles -----------------------------------------------------------------------------------

	/** Opens the year's cycle for the communities below the caller's unit; the scheme is fixed from now on. */
	@Transactional
	public UUID openCycle(CycleForm form) {
		CurrentUser user = access.user(SCHEME_KEEPERS);
		Map<String, String> errors = new LinkedHashMap<>();
		if (form.year() == null || form.year() < 2000 || form.year() > 2100) {
			errors.put("year", "error.assessment.year");
		}
		UUID owner = form.schemeId() == null ? null : repository.lockScheme(form.schemeId()).orElse(null);
		if (owner == null || !access.reachable(user, owner)) {
			errors.put("schemeId", "error.assessment.unknownScheme");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		UUID id = UUID.randomUUID();
		try {
			repository.insertCycle(id, form.schemeId(), user.orgUnitId(), form.year(), clock.instant());
		}
		catch (DuplicateKeyException e) {
			throw new RuleViolationException("error.assessment.cycleExists");
		}
		return id;
	}

	/** The cycles that concern the caller: run by their unit, a unit above or a unit below. */
	public List<Cycle> cycles() {
		CurrentUser user = access.user(READERS);
		List<UUID> units = new ArrayList<>(access.scope(user).unitIds());
		units.addAll(access.lineage(user.orgUnitId()));
		return repository.cyclesOwnedBy(units);
	}

	public Cycle cycle(UUID id) {
		CurrentUser user = access.user(READERS);
		Cycle cycle = repository.cycle(id).orElseThrow(() -> new NotFoundException("cycle"));
		if (!access.reachable(user, cycle.ownerUnitId()) && !access.scope(user).contains(cycle.ownerUnitId())) {
			throw new NotFoundException("cycle");
		}
		return cycle;
	}

	/** The communities of a cycle within the caller's scope, with status and totals. */
	public List<Row> table(UUID cycleId) {
		CurrentUser user = access.user(READERS);
		Cycle cycle = cycle(cycleId);
		Scope scope = access.scope(user);
		Set<UUID> inCycle = organization.subtree(cycle.ownerUnitId());
		Map<UUID, AssessmentRepository.Total> totals = new LinkedHashMap<>();
		repository.totals(cycleId).forEach(t -> totals.put(t.communityId(), t));
		return organization.unitsAt(OrgLevel.COMMUNITY).stream()
			.filter(c -> inCycle.contains(c.id()) && scope.contains(c.id()))
			.map(c -> {
				AssessmentRepository.Total t = totals.get(c.id());
				return new Row(cycleId, cycle.year(), c.id(), AssessmentAccess.texts(c), t == null ? Status.NOT_STARTED : t.status(),
						t == null ? null : t.selfTotal(), t == null ? null : t.reviewTotal());
			})
			.toList();
	}
}
