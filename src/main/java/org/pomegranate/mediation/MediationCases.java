package org.pomegranate.mediation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.StaffMember;
import org.pomegranate.mediation.internal.CaseAccess;
import org.pomegranate.mediation.internal.CaseRepository;
import org.pomegranate.mediation.internal.CaseTimeline;
import org.pomegranate.mediation.internal.PartyRepository;
import org.pomegranate.mediation.internal.MediationSessionRepository;
import org.pomegranate.mediation.internal.StoredCase;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.privacy.AuditAction;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.registry.Place;
import org.pomegranate.registry.Whereabouts;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading cases: one case in full (audited for every registered resident among its parties), the
 * list of the reader's cases, and who may mediate in a unit. Taking a case in is {@link CaseIntake};
 * every act after it is {@link MediationActs}.
 */
@Service
@Transactional
public class MediationCases {

	/** The audit log's subject type of a case. */
	public static final String SUBJECT = "MEDIATION_CASE";
	static final int MAX_PAGE = 100;

	private final CaseRepository cases;
	private final PartyRepository parties;
	private final MediationSessionRepository sessions;
	private final CaseTimeline timeline;
	private final CaseAccess access;
	private final IdentityManagement identity;
	private final Whereabouts whereabouts;
	private final AuditLog audit;
	private final OrganizationManagement organization;
	private final Clock clock;

	MediationCases(CaseRepository cases, PartyRepository parties, MediationSessionRepository sessions, CaseTimeline timeline,
			CaseAccess access, IdentityManagement identity, Whereabouts whereabouts, AuditLog audit,
			OrganizationManagement organization, Clock clock) {
		this.organization = organization;
		this.cases = cases;
		this.parties = parties;
		this.sessions = sessions;
		this.timeline = timeline;
		this.access = access;
		this.identity = identity;
		this.whereabouts = whereabouts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * One case with its parties, sessions, outcome and timeline; 404 unless the reader is its mediator
	 * or a head above it. Every view is audited, once for each registered resident among the parties.
	 *
	 * @param purpose what the view is for, in the audit's detail ({@code case}, {@code agreement}, {@code api})
	 */
	public CaseDetails details(UUID id, String purpose, Locale locale) {
		CurrentUser user = access.staff();
		StoredCase c = cases.find(id).filter(s -> access.mayView(user, s))
			.orElseThrow(() -> new NotFoundException("case"));
		Instant now = clock.instant();
		CaseRepository.Texts texts = cases.texts(id);
		List<CaseDetails.Party> shown = parties.of(id).stream()
			.map(p -> new CaseDetails.Party(p.position(), p.side(), p.residentId(),
					p.residentId() == null ? p.name() : residentName(p.residentId()), p.maskedPhone()))
			.toList();
		List<UUID> residents = shown.stream().map(CaseDetails.Party::residentId).filter(r -> r != null).toList();
		String detail = c.number() + " " + purpose;
		if (residents.isEmpty()) {
			audit.record(AuditAction.VIEW, SUBJECT, id, null, detail, null);
		}
		residents.forEach(r -> audit.record(AuditAction.VIEW, SUBJECT, id, r, detail, null));
		Set<String> acts = access.mayAct(user, c) ? Stream.of(CaseAct.values()).filter(a -> a.allowedFrom(c.status()))
			.map(Enum::name).collect(Collectors.toSet()) : Set.of();
		return new CaseDetails(cases.summary(id, now, locale), texts.description(), texts.screeningNote(),
				texts.requestId(), shown, sessions.of(id), c.outcome(), c.outcomeAt(), texts.terms(), texts.referral(),
				texts.outcomeNote(), texts.followedUpOn(), texts.followUpNote(), texts.agreementKept(),
				timeline.of(id), acts);
	}

	/**
	 * A page of the reader's cases, newest first: a mediator's own, a head's whole subtree. Numbers,
	 * types, units and mediators only: no party's name, so the list itself is not personal data.
	 *
	 * @param before the last number of the page before, or {@code null} for the first page
	 */
	@Transactional(readOnly = true)
	public List<CaseSummary> list(CaseFilter filter, String before, int size, Locale locale) {
		CurrentUser user = access.staff();
		int limit = Math.max(1, Math.min(size, MAX_PAGE));
		return cases.list(user.accountId(), access.oversight(user).asArray(), filter == null ? CaseFilter.ALL : filter,
				before, limit, clock.instant(), locale);
	}

	/** Who may mediate a case of this unit: mediators and community staff of the unit and of the unit above it. */
	@Transactional(readOnly = true)
	public List<StaffMember> mediatorsFor(UUID unitId, UUID parentId) {
		return Stream.concat(identity.staffAt(unitId).stream(),
				parentId == null ? Stream.<StaffMember>empty() : identity.staffAt(parentId).stream())
			.filter(s -> CaseAccess.isMediatorRole(s.role())).toList();
	}

	/** The unit a request's case lies with: the nearest community or street at or above the request's unit. */
	@Transactional(readOnly = true)
	public java.util.Optional<OrgUnit> caseUnitFor(UUID requestUnitId) {
		List<OrgUnit> lineage = organization.lineage(requestUnitId);
		for (int i = lineage.size() - 1; i >= 0; i--) {
			OrgLevel level = lineage.get(i).level();
			if (level == OrgLevel.COMMUNITY || level == OrgLevel.STREET) {
				return java.util.Optional.of(lineage.get(i));
			}
		}
		return java.util.Optional.empty();
	}

	/** The units a walk-in or a screening can be taken in for: the reader's own and those just below, communities and streets. */
	@Transactional(readOnly = true)
	public List<OrgUnit> intakeUnits() {
		CurrentUser user = access.staff();
		if (user.orgUnitId() == null) {
			return List.of();
		}
		return Stream.concat(organization.find(user.orgUnitId()).stream(), organization.children(user.orgUnitId()).stream())
			.filter(u -> !u.closed() && (u.level() == OrgLevel.COMMUNITY || u.level() == OrgLevel.STREET)).toList();
	}

	private String residentName(UUID residentId) {
		return whereabouts.ofResident(residentId).map(Place::residentName).orElse(null);
	}
}
