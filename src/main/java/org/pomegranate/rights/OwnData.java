package org.pomegranate.rights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.notifications.Notifications;
import org.pomegranate.privacy.AccessPage;
import org.pomegranate.privacy.AccessSection;
import org.pomegranate.privacy.AuditAction;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.privacy.AuditRecord;
import org.pomegranate.registry.OwnRecord;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.ResidentDetails;
import org.pomegranate.servicedesk.RequestSummary;
import org.pomegranate.servicedesk.ServiceDesk;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything kept about the signed-in resident, for her download (PIPL Art. 45): her record in
 * full (decrypted for her), her stays, her service requests with their timelines, her
 * notifications, every staff access to her data and her correction and deletion requests. The
 * download is audited as her own act, so it does not crowd her access list.
 */
@Service
@Transactional
public class OwnData {

	private final RegistryManagement registry;
	private final ServiceDesk desk;
	private final Notifications notifications;
	private final AuditLog audit;
	private final RightsRequests rights;
	private final IdentityManagement identity;

	OwnData(RegistryManagement registry, ServiceDesk desk, Notifications notifications, AuditLog audit,
			RightsRequests rights, IdentityManagement identity) {
		this.registry = registry;
		this.desk = desk;
		this.notifications = notifications;
		this.audit = audit;
		this.rights = rights;
		this.identity = identity;
	}

	/** The whole of it as plain data (maps and lists), ready for JSON or a workbook. */
	public Map<String, Object> collect(String format) {
		CurrentUser user = identity.currentUser();
		OwnRecord own = registry.ownRecord();
		ResidentDetails r = own.record();
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("name", r.name());
		record.put("gender", r.gender().name());
		record.put("birthDate", own.birthDate().toString());
		record.put("phone", own.phone());
		record.put("idNumber", own.idNumber());
		record.put("ethnicity", own.ethnicity() == null ? null : own.ethnicity().name());
		record.put("preferredLanguage", r.preferredLanguage().name());
		record.put("address", r.address());
		record.put("supportNeeds", r.supportNeeds().stream().map(Enum::name).sorted().toList());
		record.put("newcomer", r.newcomer());
		record.put("newcomerNeeds", r.newcomerNeeds().stream().map(Enum::name).sorted().toList());
		record.put("status", r.status().name());
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("record", record);
		all.put("residences", r.residences().stream().map(s -> row("householdId", s.householdId(), "address",
				s.address(), "startedOn", s.startedOn(), "endedOn", s.endedOn(), "endReason", s.endReason())).toList());
		List<Object> requests = new ArrayList<>();
		for (RequestSummary summary : desk.myRequests()) {
			var d = desk.myRequest(summary.id());
			requests.add(row("number", d.number(), "status", d.status().name(), "submittedAt",
					summary.submittedAt(), "address", summary.address(), "description", d.description(), "extra",
					d.extra(), "rating", d.rating(), "timeline", d.timeline().stream().map(t -> row("at", t.at(),
							"kind", t.kind(), "actor", t.actor(), "unit", t.unitName(), "note", t.note())).toList(),
					"files", d.attachments().stream().map(f -> f.fileName()).toList()));
		}
		all.put("serviceRequests", requests);
		all.put("notifications", notifications.recent(user.accountId(), 1000).stream()
			.map(n -> row("at", n.createdAt(), "kind", n.kind(), "args", n.args(), "read", n.read())).toList());
		Map<String, Object> accesses = new LinkedHashMap<>();
		for (AccessSection section : AccessSection.values()) {
			accesses.put(section.name(), allOf(section).stream().map(a -> row("at", a.occurredAt(), "who",
					a.actorDisplay() == null ? a.actorName() : a.actorDisplay(), "role", a.actorRole(), "action",
					a.action().name(), "what", a.subjectType(), "detail", a.detail(), "purpose",
					a.purpose() == null ? null : a.purpose().name(), "reason", a.reason())).toList());
		}
		all.put("accesses", accesses);
		all.put("rightsRequests", rights.mine());
		audit.record(AuditAction.EXPORT, "RESIDENT", r.id(), r.id(), "own download " + format, null);
		return all;
	}

	private List<AuditRecord> allOf(AccessSection section) {
		List<AuditRecord> rows = new ArrayList<>();
		Long before = null;
		do {
			AccessPage page = audit.ownAccesses(section, before, 100);
			rows.addAll(page.items());
			before = page.nextBefore();
		}
		while (before != null);
		return rows;
	}

	private static Map<String, Object> row(Object... pairs) {
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			row.put((String) pairs[i], pairs[i + 1]);
		}
		return row;
	}
}
