package org.pomegranate.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pomegranate.servicedesk.ServiceDeskHistory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Acts planned at past moments, played in time order, each signed in as its actor and at its own
 * moment, with the SLA clock ticking in between: a request left waiting climbs the ladder when it
 * would have.
 */
final class DemoReplay {

	/** How often the replayed SLA clock ticks at most: often enough for one-hour deadlines. */
	private static final Duration TICK = Duration.ofMinutes(10);

	/** @param actor the username acting, or {@code null} for someone not signed in */
	private record Step(Instant at, String actor, Runnable act, int order) {
	}

	private final ServiceDeskHistory history;
	private final UserDetailsService users;
	private final List<Step> steps = new ArrayList<>();

	DemoReplay(ServiceDeskHistory history, UserDetailsService users) {
		this.history = history;
		this.users = users;
	}

	void add(Instant at, String actor, Runnable act) {
		steps.add(new Step(at, actor, act, steps.size()));
	}

	/** Every act in time order (ties in the order planned), then one last tick at {@code now}. */
	void play(Instant now) {
		steps.sort(Comparator.comparing(Step::at).thenComparing(Step::order));
		Instant lastTick = null;
		Map<String, Authentication> signIns = new HashMap<>();
		try {
			for (Step step : steps) {
				if (lastTick == null || !step.at().isBefore(lastTick.plus(TICK))) {
					SecurityContextHolder.clearContext();
					history.escalateDue(step.at());
					lastTick = step.at();
				}
				signIn(step.actor(), signIns);
				history.at(step.at(), step.act());
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		history.escalateDue(now);
	}

	private void signIn(String username, Map<String, Authentication> cache) {
		if (username == null) {
			SecurityContextHolder.clearContext();
			return;
		}
		Authentication auth = cache.computeIfAbsent(username, u -> {
			UserDetails user = users.loadUserByUsername(u);
			return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		});
		SecurityContextHolder.getContext().setAuthentication(auth);
	}
}
