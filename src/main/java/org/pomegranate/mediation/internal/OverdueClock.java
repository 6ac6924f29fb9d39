package org.pomegranate.mediation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Role;
import org.pomegranate.identity.StaffMember;
import org.pomegranate.notifications.Notifications;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrganizationManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The settling deadline's clock: every few minutes it claims the open cases past their deadline
 * and not yet escalated, and tells the head of each case's unit. The claim marks the case in the
 * same statement and skips rows another instance holds, and the timeline accepts one escalation
 * per case, so with several instances on one database each case is escalated exactly once.
 */
@Component
public class OverdueClock {

	private static final Logger log = LoggerFactory.getLogger(OverdueClock.class);
	static final int BATCH = 100;

	private final CaseRepository cases;
	private final CaseTimeline timeline;
	private final IdentityManagement identity;
	private final OrganizationManagement organization;
	private final Notifications notifications;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final boolean enabled;

	OverdueClock(CaseRepository cases, CaseTimeline timeline, IdentityManagement identity,
			OrganizationManagement organization, Notifications notifications, TransactionTemplate transactions,
			Clock clock, @Value("${pomegranate.mediation.overdue-clock.enabled:${pomegranate.servicedesk.sla-clock.enabled:true}}") boolean enabled) {
		this.cases = cases;
		this.timeline = timeline;
		this.identity = identity;
		this.organization = organization;
		this.notifications = notifications;
		this.transactions = transactions;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Scheduled(initialDelayString = "${pomegranate.mediation.overdue-clock.initial-delay:PT20S}",
			fixedDelayString = "${pomegranate.mediation.overdue-clock.interval:PT5M}")
	void tick() {
		if (enabled) {
			int n = escalateDue(clock.instant());
			if (n > 0) {
				log.info("Mediation clock: {} overdue case(s) escalated", n);
			}
		}
	}

	/** Escalates every case overdue at {@code now}, one batch per transaction; answers how many. */
	public int escalateDue(Instant now) {
		int total = 0;
		while (true) {
			Integer n = transactions.execute(tx -> {
				List<StoredCase> due = cases.claimOverdue(now, BATCH);
				due.forEach(c -> escalate(c, now));
				return due.size();
			});
			total += n;
			if (n < BATCH) {
				return total;
			}
		}
	}

	private void escalate(StoredCase c, Instant now) {
		timeline.record(c.id(), null, "ESCALATED", c.settleDue().toString(), now);
		notifications.send(headsOf(c.unitId()), "mediation.overdue", List.of(c.number()), "/mediation/cases/" + c.id());
	}

	/** The community head of a community's case; the street officers of a street's. */
	private List<UUID> headsOf(UUID unitId) {
		Role head = organization.find(unitId).map(u -> u.level() == OrgLevel.STREET).orElse(false)
				? Role.STREET_OFFICER : Role.COMMUNITY_HEAD;
		return identity.staffAt(unitId).stream().filter(s -> s.role() == head).map(StaffMember::accountId).toList();
	}
}
