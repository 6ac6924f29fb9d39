package org.pomegranate.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pomegranate.servicedesk.RequestStatus.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pomegranate.servicedesk.RequestStatus;
import org.pomegranate.shared.web.RuleViolationException;

/** Every act against every status: allowed where the rules say, refused with a named message elsewhere. */
class LifecycleTests {

	/** The transition table as the service-desk rules state it, written out independently of the code. */
	static final Map<Lifecycle, Set<RequestStatus>> ALLOWED = Map.of(
			Lifecycle.ACCEPT, EnumSet.of(SUBMITTED, TRANSFERRED, REOPENED),
			Lifecycle.START, EnumSet.of(ACCEPTED),
			Lifecycle.RESOLVE, EnumSet.of(ACCEPTED, IN_PROGRESS),
			Lifecycle.TRANSFER, EnumSet.of(SUBMITTED, ACCEPTED, IN_PROGRESS, TRANSFERRED, REOPENED),
			Lifecycle.MERGE, EnumSet.of(SUBMITTED, ACCEPTED, IN_PROGRESS, TRANSFERRED),
			Lifecycle.REJECT, EnumSet.of(SUBMITTED, TRANSFERRED),
			Lifecycle.REOPEN, EnumSet.of(RESOLVED),
			Lifecycle.RATE, EnumSet.of(RESOLVED));

	static Stream<Arguments> everyActInEveryStatus() {
		return Stream.of(Lifecycle.values())
			.flatMap(act -> Stream.of(RequestStatus.values()).map(status -> Arguments.of(act, status)));
	}

	@ParameterizedTest(name = "{0} from {1}")
	@MethodSource("everyActInEveryStatus")
	void theTableHolds(Lifecycle act, RequestStatus status) {
		boolean allowed = ALLOWED.get(act).contains(status);
		assertThat(act.allowedFrom(status)).isEqualTo(allowed);
		if (allowed) {
			assertThatCode(() -> act.check(status)).doesNotThrowAnyException();
		}
		else {
			assertThatThrownBy(() -> act.check(status)).isInstanceOf(RuleViolationException.class)
				.extracting(e -> ((RuleViolationException) e).messageKey())
				.isEqualTo("error.transition." + act.name().toLowerCase());
		}
	}

	@ParameterizedTest(name = "nothing follows {0} but what the resident does")
	@MethodSource("finishedStatuses")
	void finishedRequestsAcceptNoStaffAct(RequestStatus status) {
		assertThat(Stream.of(Lifecycle.ACCEPT, Lifecycle.START, Lifecycle.RESOLVE, Lifecycle.TRANSFER, Lifecycle.MERGE,
				Lifecycle.REJECT)).noneMatch(act -> act.allowedFrom(status));
	}

	static Stream<RequestStatus> finishedStatuses() {
		return Stream.of(CLOSED, MERGED, REJECTED, RESOLVED);
	}
}
