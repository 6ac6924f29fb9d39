package org.pomegranate.mediation;

import static org.pomegranate.mediation.CaseStatus.*;

import java.util.EnumSet;
import java.util.Set;

import org.pomegranate.shared.web.RuleViolationException;

/**
 * The state machine of a case: which act is allowed from which status, and where it leads. Any
 * other act is refused with {@code error.mediation.transition.<act>} (409) and nothing changes.
 */
public enum CaseAct {
	SESSION(EnumSet.of(OPEN, IN_PROGRESS), IN_PROGRESS),
	/** An agreement needs a session held first. */
	AGREE(EnumSet.of(IN_PROGRESS), AGREED),
	PARTIAL(EnumSet.of(IN_PROGRESS), CaseStatus.PARTIAL),
	/** Parties may refuse before any session: failing needs none. */
	FAIL(EnumSet.of(OPEN, IN_PROGRESS), FAILED),
	FOLLOW_UP(EnumSet.of(AGREED, CaseStatus.PARTIAL), CLOSED);

	private final Set<CaseStatus> from;
	private final CaseStatus to;

	CaseAct(Set<CaseStatus> from, CaseStatus to) {
		this.from = from;
		this.to = to;
	}

	public boolean allowedFrom(CaseStatus status) {
		return from.contains(status);
	}

	public CaseStatus to() {
		return to;
	}

	/** @throws RuleViolationException when the act is not allowed from {@code status} */
	public CaseStatus check(CaseStatus status) {
		if (!allowedFrom(status)) {
			throw new RuleViolationException("error.mediation.transition." + name().toLowerCase());
		}
		return to;
	}
}
