package org.pomegranate.safety.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Role;
import org.pomegranate.identity.StaffMember;
import org.pomegranate.notifications.Notifications;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every few minutes: rectifications past their deadline go to the head of the place's unit (the
 * nearest community head, street or county officer above it). The claim marks a finding escalated
 * in the same statement that picks it, skipping rows another instance holds, so with several
 * instances each overdue rectification is escalated exactly once; its notification and timeline
 * entry are written in that same transaction.
 */
@Component
public class OverdueRectifications {

	private static final Logger log = LoggerFactory.getLogger(OverdueRectifications.class);
	static final int BATCH = 100;
	private static final Set<Role> HEADS = Set.of(Role.COMMUNITY_HEAD, Role.STREET_OFFICER, Role.COUNTY_OFFICER);

	private final FindingRepository findings;
	private final OrganizationManagement organization;
	private final IdentityManagement identity;
	private final Notifications notifications;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final boolean enabled;

	OverdueRectifications(FindingRepository findings, OrganizationManagement organization,
			IdentityManagement identity, Notifications notifications, TransactionTemplate transactions, Clock clock,
			@Value("${pomegranate.safety.overdue.enabled:true}") boolean enabled) {
		this.findings = findings;
		this.organization = organization;
		this.identity = identity;
		this.notifications = notifications;
		this.transactions = transactions;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Scheduled(initialDelayString = "PT20S", fixedDelayString = "${pomegranate.safety.overdue.interval:PT5M}")
	void tick() {
		if (enabled) {
			int escalated = escalateDue(clock.instant());
			if (escalated > 0) {
				log.info("Safety screening: {} overdue rectification(s) escalated", escalated);
			}
		}
	}

	/** Escalates every rectification overdue at {@code now}, one batch per transaction; answers how many. */
	public int escalateDue(Instant now) {
		int total = 0;
		while (true) {
			Integer batch = transactions.execute(tx -> {
				List<FindingRepository.Overdue> due = findings.claimOverdue(now, BATCH);
				due.forEach(o -> escalate(o, now));
				return due.size();
			});
			total += batch;
			if (batch < BATCH) {
				return total;
			}
		}
	}

	private void escalate(FindingRepository.Overdue overdue, Instant now) {
		List<UUID> heads = heads(overdue.unitId());
		findings.event(overdue.findingId(), now, "ESCALATED", "system", null);
		notifications.send(heads, "safety.overdue", List.of(overdue.placeLabel()),
				"/safety/findings/" + overdue.findingId());
	}

	/** The heads at the nearest unit at or above the place that has any. */
	private List<UUID> heads(UUID unitId) {
		List<OrgUnit> lineage = organization.lineage(unitId);
		for (int i = lineage.size() - 1; i >= 0; i--) {
			List<UUID> heads = identity.staffAt(lineage.get(i).id()).stream().filter(s -> HEADS.contains(s.role()))
				.map(StaffMember::accountId).toList();
			if (!heads.isEmpty()) {
				return heads;
			}
		}
		return List.of();
	}
}
