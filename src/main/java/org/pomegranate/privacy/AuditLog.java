package org.pomegranate.privacy;

import java.util.List;
import java.util.UUID;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.privacy.internal.AuditRepository;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of every view and change of a resident's personal data. There is no
 * update or delete here by design; residents read their own entries on their "my data" page.
 */
@Service
public class AuditLog {

	/** The actor name of acts the application does on its own (imports, demo data). */
	public static final String SYSTEM_ACTOR = "system";

	private final AuditRepository entries;
	private final IdentityManagement identity;

	AuditLog(AuditRepository entries, IdentityManagement identity) {
		this.entries = entries;
		this.identity = identity;
	}

	/**
	 * The reason given for revealing a masked value, checked (a purpose and a note of 10 to 200
	 * characters) and trimmed: the same rule wherever something is revealed. Call it before
	 * anything is read, so a refused reveal reads and writes nothing.
	 */
	public static RevealReason revealReason(RevealReason reason) {
		return (reason == null ? new RevealReason(null, null) : reason).checked();
	}

	/**
	 * Records a reveal of one field with its purpose and note (checked by
	 * {@link #revealReason(RevealReason)}), in the caller's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordReveal(String subjectType, UUID subjectId, UUID residentId, String field, RevealReason reason) {
		RevealReason why = revealReason(reason);
		CurrentUser user = identity.currentUser();
		entries.append(user.accountId(), user.username(), user.displayName(), user.role().name(), AuditAction.REVEAL,
				subjectType, subjectId, residentId, field, why.note(), why.purpose().name());
	}

	/**
	 * Records an act of the signed-in user. Joins the caller's transaction, so a change and its
	 * audit entry are written together or not at all.
	 *
	 * @param residentId whose data it was; {@code null} for acts on a household as a whole
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditAction action, String subjectType, UUID subjectId, UUID residentId, String detail,
			String reason) {
		// no signed-in user means the application itself acts: imports and the demo loader
		CurrentUser user = identity.signedIn().orElse(null);
		entries.append(user == null ? null : user.accountId(), user == null ? SYSTEM_ACTOR : user.username(),
				user == null ? null : user.displayName(), user == null ? null : user.role().name(), action, subjectType, subjectId, residentId, detail, reason, null);
	}

	/**
	 * A search: one entry per resident it showed, so each of them finds it on their own page, or
	 * a single entry when it found nobody.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordSearch(String subjectType, List<UUID> residentsShown, String detail) {
		if (residentsShown.isEmpty()) {
			record(AuditAction.SEARCH, subjectType, null, null, detail, null);
			return;
		}
		CurrentUser user = identity.currentUser();
		entries.appendSearch(user.accountId(), user.username(), user.displayName(), user.role().name(), subjectType,
				residentsShown, detail);
	}

	/** Staff access to one resident's data, newest first, for that resident's own page. */
	@Transactional(readOnly = true)
	public List<AuditRecord> accessesTo(UUID residentId, int limit) {
		return entries.forResident(residentId, limit);
	}

	/**
	 * One section of the signed-in resident's own access list: every staff access to her data,
	 * newest first, paged by a cursor, without her own acts.
	 *
	 * @param before the {@link AccessPage#nextBefore()} of the page before, or {@code null}
	 */
	@Transactional(readOnly = true)
	public AccessPage ownAccesses(AccessSection section, Long before, int size) {
		CurrentUser user = identity.currentUser();
		if (user.residentId() == null) {
			throw new NotFoundException("resident");
		}
		int limit = Math.min(Math.max(size, 1), 100);
		List<AuditRecord> rows = entries.accessesOf(user.residentId(), user.accountId(), section, before, limit + 1);
		List<AuditRecord> shown = rows.size() > limit ? rows.subList(0, limit) : rows;
		return new AccessPage(section, List.copyOf(shown), rows.size() > limit ? shown.get(limit - 1).id() : null);
	}

	/** When the account did this since then, oldest first: for limits that count past acts. */
	@Transactional(readOnly = true)
	public List<java.time.Instant> actsOf(UUID accountId, AuditAction action, java.time.Instant since) {
		return entries.actsOf(accountId, action, since);
	}

	/**
	 * A search of the log: all of it for the administrator (who has no unit); for a community head only the
	 * entries of their own subtree: acts of its staff, and acts on its residents and households. Newest
	 * first, paged by keyset; above 10,000 entries the total is an estimate unless {@code exact}.
	 *
	 * @param after the {@link Slice#next()} of the page before, {@code null} for the first
	 */
	@Transactional(readOnly = true)
	public Slice<AuditRecord> search(AuditQuery query, String after, int size, boolean exact) {
		CurrentUser user = identity.require(Permission.VIEW_AUDIT);
		UUID[] units = user.orgUnitId() == null ? null : identity.scopeOf(user).asArray();
		return entries.search(query, units, after, size, exact);
	}
}
