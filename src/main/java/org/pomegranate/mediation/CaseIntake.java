package org.pomegranate.mediation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.Role;
import org.pomegranate.mediation.internal.CaseAccess;
import org.pomegranate.mediation.internal.CaseRepository;
import org.pomegranate.mediation.internal.CaseTimeline;
import org.pomegranate.mediation.internal.Deadlines;
import org.pomegranate.mediation.internal.PartyRepository;
import org.pomegranate.mediation.internal.StoredCase;
import org.pomegranate.mediation.internal.Texts;
import org.pomegranate.notifications.Notifications;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.privacy.AuditAction;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.servicedesk.MediationReferral;
import org.pomegranate.servicedesk.RequestHandling;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a case in, in one transaction: the case, its parties, the first line of its timeline, the
 * referral on the service request it comes from, the audit of the residents named and the word to
 * the mediator. Anything refused (a party without a name, a mediator from elsewhere, a request
 * already referred) leaves nothing behind, the request's timeline included.
 */
@Service
@Transactional
public class CaseIntake {

	static final int MAX_SUMMARY = 2000;
	static final int MAX_NOTE = 500;
	static final int MAX_NAME = 100;
	static final int MAX_PARTIES = 10;
	private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");

	private final CaseRepository cases;
	private final PartyRepository parties;
	private final CaseTimeline timeline;
	private final CaseAccess access;
	private final MediationCases reading;
	private final Deadlines deadlines;
	private final OrganizationManagement organization;
	private final RegistryManagement registry;
	private final RequestHandling requests;
	private final AuditLog audit;
	private final Notifications notifications;
	private final Clock clock;

	CaseIntake(CaseRepository cases, PartyRepository parties, CaseTimeline timeline, CaseAccess access,
			MediationCases reading, Deadlines deadlines, OrganizationManagement organization,
			RegistryManagement registry, RequestHandling requests, AuditLog audit, Notifications notifications,
			Clock clock) {
		this.cases = cases;
		this.parties = parties;
		this.timeline = timeline;
		this.access = access;
		this.reading = reading;
		this.deadlines = deadlines;
		this.organization = organization;
		this.registry = registry;
		this.requests = requests;
		this.audit = audit;
		this.notifications = notifications;
		this.clock = clock;
	}

	public CaseReceipt open(NewCase c) {
		CurrentUser user = access.staff();
		boolean fromRequest = c != null && c.source() == CaseSource.SERVICE_REQUEST;
		if (!access.mayTakeIn(user) && !(fromRequest && user.role() == Role.GRID_WORKER)) {
			throw new ForbiddenException("mediation");
		}
		Checked in = check(c);
		Instant now = clock.instant();
		String number = cases.nextNumber(now);
		OrgUnit unit;
		String requestNumber = null;
		if (fromRequest) {
			MediationReferral referral = requests.referToMediation(c.requestId(), number);
			requestNumber = referral.number();
			unit = reading.caseUnitFor(referral.unitId())
				.orElseThrow(() -> new InvalidInputException("requestId", "error.mediation.requestUnit"));
		}
		else {
			unit = unitInScope(user, c.unitId());
		}
		if (!reading.mediatorsFor(unit.id(), unit.parentId()).stream().anyMatch(m -> m.accountId().equals(c.mediatorId()))) {
			throw new InvalidInputException("mediatorId", "error.mediation.mediator");
		}
		checkResidents(c.parties());
		UUID id = UUID.randomUUID();
		cases.insert(id, number, c, unit.id(), requestNumber, in.summary(), in.screeningNote(), user.accountId(), now,
				deadlines.settleDue(c.type(), now));
		for (int i = 0; i < c.parties().size(); i++) {
			NewParty p = c.parties().get(i);
			parties.insert(id, i + 1, p.side(), p.residentId(), in.names().get(i), in.phones().get(i));
			if (p.residentId() != null) {
				audit.record(AuditAction.CREATE, MediationCases.SUBJECT, id, p.residentId(), number, null);
			}
		}
		timeline.record(id, user, "OPENED", requestNumber, now);
		notifications.send(List.of(c.mediatorId()), "mediation.assigned", List.of(number), "/mediation/cases/" + id);
		StoredCase stored = cases.find(id).orElseThrow();
		return new CaseReceipt(id, number, access.mayView(user, stored));
	}

	private record Checked(String summary, String screeningNote, List<String> names, List<String> phones) {
	}

	/** Everything that needs no lookup, first: a refusal here touches nothing. */
	private static Checked check(NewCase c) {
		if (c == null) {
			throw new InvalidInputException("type", "error.required");
		}
		Map<String, String> missing = new LinkedHashMap<>();
		if (c.type() == null) {
			missing.put("type", "error.required");
		}
		if (c.source() == null) {
			missing.put("source", "error.required");
		}
		if (c.mediatorId() == null) {
			missing.put("mediatorId", "error.required");
		}
		if (c.source() == CaseSource.SERVICE_REQUEST && c.requestId() == null) {
			missing.put("requestId", "error.required");
		}
		if (c.source() != null && c.source() != CaseSource.SERVICE_REQUEST && c.unitId() == null) {
			missing.put("unitId", "error.required");
		}
		if (!missing.isEmpty()) {
			throw new InvalidInputException(missing);
		}
		String summary = Texts.required("summary", c.summary(), MAX_SUMMARY);
		String note = c.source() == CaseSource.SCREENING ? Texts.optional("screeningNote", c.screeningNote(), MAX_NOTE)
				: null;
		List<NewParty> given = c.parties() == null ? List.of() : c.parties();
		if (given.size() < 2) {
			throw new InvalidInputException("parties", "error.mediation.parties.few");
		}
		if (given.size() > MAX_PARTIES) {
			throw new InvalidInputException("parties", "error.mediation.parties.many");
		}
		List<String> names = new ArrayList<>();
		List<String> phones = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			NewParty p = given.get(i);
			String field = "parties[" + i + "]";
			if (p == null || p.side() == null) {
				throw new InvalidInputException(field + ".side", "error.required");
			}
			String name = Texts.optional(field + ".name", p.name(), MAX_NAME);
			String phone = Texts.optional(field + ".phone", p.phone(), 20);
			if (p.residentId() == null && name == null) {
				throw new InvalidInputException(field + ".name", "error.mediation.party.name");
			}
			if (p.residentId() != null && (name != null || phone != null)) {
				// a resident's name and phone are the register's: never copied beside it
				throw new InvalidInputException(field + ".name", "error.mediation.party.both");
			}
			if (phone != null && !PHONE.matcher(phone).matches()) {
				throw new InvalidInputException(field + ".phone", "error.mediation.party.phone");
			}
			names.add(name);
			phones.add(phone);
		}
		return new Checked(summary, note, names, phones);
	}

	private void checkResidents(List<NewParty> given) {
		for (int i = 0; i < given.size(); i++) {
			UUID resident = given.get(i).residentId();
			if (resident == null) {
				continue;
			}
			try {
				registry.requireResidentVisible(resident);
			}
			catch (NotFoundException e) {
				throw new InvalidInputException("parties[" + i + "].residentId", "error.mediation.party.resident");
			}
		}
	}

	/** A walk-in's or a screening's unit: a community or street of the taker's scope. */
	private OrgUnit unitInScope(CurrentUser user, UUID unitId) {
		return organization.find(unitId)
			.filter(u -> u.level() == OrgLevel.COMMUNITY || u.level() == OrgLevel.STREET)
			.filter(u -> !u.closed())
			.filter(u -> access.inScope(user, u.id()))
			.orElseThrow(() -> new InvalidInputException("unitId", "error.unknownUnit"));
	}
}
