package org.pomegranate.servicedesk.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.pomegranate.servicedesk.RequestDetails;
import org.pomegranate.servicedesk.internal.Lifecycle;

/**
 * The acts a request's page offers: asked of the lifecycle itself, so a button is shown exactly
 * when the desk would allow the act.
 */
final class Acts {

	private Acts() {
	}

	/** Names of {@link Lifecycle} acts open to staff now; reopening is the resident's alone. */
	static Set<String> allowed(RequestDetails request) {
		return Arrays.stream(Lifecycle.values())
			.filter(act -> act != Lifecycle.REOPEN)
			.filter(act -> act.allowedFrom(request.status()))
			.filter(act -> act != Lifecycle.RATE || request.rating() == null)
			.map(Enum::name)
			.collect(Collectors.toSet());
	}
}
