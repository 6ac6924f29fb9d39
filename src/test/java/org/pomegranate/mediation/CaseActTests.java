package org.pomegranate.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pomegranate.shared.web.RuleViolationException;

/** The state machine itself: every act from every status, allowed or refused with its own message. */
class CaseActTests {

	private static final Map<CaseAct, Set<CaseStatus>> ALLOWED = Map.of(
			CaseAct.SESSION, EnumSet.of(CaseStatus.OPEN, CaseStatus.IN_PROGRESS),
			CaseAct.AGREE, EnumSet.of(CaseStatus.IN_PROGRESS),
			CaseAct.PARTIAL, EnumSet.of(CaseStatus.IN_PROGRESS),
			CaseAct.FAIL, EnumSet.of(CaseStatus.OPEN, CaseStatus.IN_PROGRESS),
			CaseAct.FOLLOW_UP, EnumSet.of(CaseStatus.AGREED, CaseStatus.PARTIAL));

	@Test
	void everyActFromEveryStatus() {
		for (CaseAct act : CaseAct.values()) {
			for (CaseStatus status : CaseStatus.values()) {
				if (ALLOWED.get(act).contains(status)) {
					assertThat(act.check(status)).as("%s from %s", act, status).isEqualTo(act.to());
				}
				else {
					assertThatThrownBy(() -> act.check(status)).as("%s from %s", act, status)
						.isInstanceOf(RuleViolationException.class)
						.hasMessage("error.mediation.transition." + act.name().toLowerCase());
				}
			}
		}
	}

	@Test
	void whereEachActLeads() {
		assertThat(CaseAct.SESSION.to()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(CaseAct.AGREE.to()).isEqualTo(CaseStatus.AGREED);
		assertThat(CaseAct.PARTIAL.to()).isEqualTo(CaseStatus.PARTIAL);
		assertThat(CaseAct.FAIL.to()).isEqualTo(CaseStatus.FAILED);
		assertThat(CaseAct.FOLLOW_UP.to()).isEqualTo(CaseStatus.CLOSED);
		assertThat(EnumSet.of(CaseStatus.OPEN, CaseStatus.IN_PROGRESS))
			.allMatch(CaseStatus::isOpen);
		assertThat(EnumSet.complementOf(EnumSet.of(CaseStatus.OPEN, CaseStatus.IN_PROGRESS)))
			.noneMatch(CaseStatus::isOpen);
	}
}
