package org.pomegranate.registry.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Role;
import org.pomegranate.identity.StaffMember;
import org.pomegranate.notifications.Notifications;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.privacy.AuditAction;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.shared.RateLimiter;
import org.pomegranate.shared.TooManyRequestsException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uniqueness of ID numbers makes registration an oracle: "already registered" tells whether a
 * number is on record anywhere in the prefecture. The answer stays (uniqueness matters more), but
 * a hit on a resident outside the caller's scope is audited, told to the county office and
 * limited to {@value #PER_DAY} a day per account; past that, every registration with an ID
 * number is refused with 429 until the day has passed.
 * <p>
 * The audit entry and the notification are kept although the registration itself fails and
 * writes nothing: they are written in a transaction of their own.
 */
@Component
public class IdNumberProbes {

	public static final int PER_DAY = 5;
	static final Duration DAY = Duration.ofDays(1);
	static final String SUBJECT = "RESIDENT";

	private final AuditLog audit;
	private final Notifications notifications;
	private final IdentityManagement identity;
	private final OrganizationManagement organization;
	private final RateLimiter limiter;
	private final TransactionTemplate apart;
	private final Clock clock;

	IdNumberProbes(AuditLog audit, Notifications notifications, IdentityManagement identity,
			OrganizationManagement organization, RateLimiter limiter, PlatformTransactionManager transactions,
			Clock clock) {
		this.audit = audit;
		this.notifications = notifications;
		this.identity = identity;
		this.organization = organization;
		this.limiter = limiter;
		this.apart = new TransactionTemplate(transactions);
		this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Refuses a registration with an ID number from an account that used up its day's hits. */
	void requireNotBlocked(CurrentUser user) {
		Instant now = clock.instant();
		List<Instant> hits = audit.actsOf(user.accountId(), AuditAction.ID_NUMBER_PROBE, now.minus(DAY));
		if (hits.size() >= PER_DAY) {
			throw new TooManyRequestsException(Duration.between(now, hits.get(hits.size() - PER_DAY).plus(DAY)));
		}
	}

	/**
	 * Records an out-of-scope hit: an audit entry naming who tried (nothing of the resident who
	 * holds the number) and a notification to every county officer of the caller's county.
	 *
	 * @throws TooManyRequestsException when this hit is past the day's limit
	 */
	void outOfScopeHit(CurrentUser user) {
		apart.executeWithoutResult(tx -> {
			OrgUnit unit = user.orgUnitId() == null ? null : organization.find(user.orgUnitId()).orElse(null);
			audit.record(AuditAction.ID_NUMBER_PROBE, SUBJECT, null, null,
					"ID number held outside the caller's scope" + (unit == null ? "" : "; caller's unit " + unit.code()),
					null);
			List<UUID> officers = countyOf(user.orgUnitId()).stream()
				.flatMap(county -> identity.staffAt(county).stream())
				.filter(s -> s.role() == Role.COUNTY_OFFICER).map(StaffMember::accountId).toList();
			notifications.send(officers, "registry.idNumberProbe",
					List.of(user.displayName(), unit == null ? "" : unit.nameZh()), null);
		});
		if (!limiter.tryAcquire("id-number-probe:" + user.accountId(), PER_DAY, DAY)) {
			throw new TooManyRequestsException(Duration.ofHours(1));
		}
	}

	private List<UUID> countyOf(UUID unitId) {
		return unitId == null ? List.of()
				: organization.lineage(unitId).stream().filter(u -> u.level() == OrgLevel.COUNTY).map(OrgUnit::id)
					.toList();
	}
}
