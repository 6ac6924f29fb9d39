package org.pomegranate.integrity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Role;
import org.pomegranate.integrity.Finding.Kind;
import org.pomegranate.integrity.internal.ChainWalker;
import org.pomegranate.integrity.internal.ChainedRecords;
import org.pomegranate.privacy.FieldCipher;
import org.pomegranate.shared.web.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes every chain (request timelines with their ratings, the audit log) and checks every
 * daily anchor, and names each edited, deleted, inserted or back-dated entry. Read only.
 */
@Service
public class IntegrityCheck {

	private final ChainedRecords records;
	private final FieldCipher cipher;
	private final IdentityManagement identity;
	private final Clock clock;

	IntegrityCheck(ChainedRecords records, FieldCipher cipher, IdentityManagement identity, Clock clock) {
		this.records = records;
		this.cipher = cipher;
		this.identity = identity;
		this.clock = clock;
	}

	/** For the system administrator's page. */
	@Transactional(readOnly = true)
	public Report verifyAsAdministrator() {
		CurrentUser user = identity.currentUser();
		if (user.role() != Role.SYSTEM_ADMIN) {
			throw new ForbiddenException("system administrator only");
		}
		return verify();
	}

	/** The whole check, for the command line and the page; no user needed. */
	@Transactional(readOnly = true)
	public Report verify() {
		List<Finding> findings = new ArrayList<>();
		ChainWalker timelines = new ChainWalker(true, findings::add);
		records.timelines(timelines::accept);
		timelines.finish();
		ChainWalker audit = new ChainWalker(false, findings::add);
		records.auditLog(audit::accept);
		audit.finish();
		records.ratings(findings::add);
		long anchors = records.anchors(a -> {
			if (!cipher.anchorSealMatches(a.sealed(), a.seal())) {
				findings.add(new Finding(Kind.ANCHOR_FORGED, a.label(), null, a.seq(),
						"the anchor of " + a.day() + " was not sealed by this application"));
			}
			else if (!a.hash().equals(a.hashNow())) {
				findings.add(new Finding(Kind.ANCHOR_BROKEN, a.label(), null, a.seq(), "the chain no longer passes "
						+ "through its anchor of " + a.day() + " at place " + a.seq() + ": its history was rewritten"));
			}
		});
		return new Report(clock.instant(), timelines.entries() + audit.entries(), timelines.chains() + audit.chains(),
				anchors, List.copyOf(findings));
	}
}
