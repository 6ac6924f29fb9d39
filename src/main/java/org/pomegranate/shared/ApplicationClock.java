package org.pomegranate.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The application's clock: the system time, except on a thread that is writing history with
 * {@link #replayAt}, which sees the time being written. That lets an import of past work (the
 * demo's service requests, say) run the ordinary services, so the past is recorded by the same
 * rules as the present. Every other thread (web requests, the SLA scheduler) sees the real time
 * throughout.
 */
public final class ApplicationClock extends Clock {

	private static final ThreadLocal<Instant> REPLAYED = new ThreadLocal<>();

	private final Clock system;

	public ApplicationClock(Clock system) {
		this.system = system;
	}

	/** Runs the work on this thread as if it were that moment; the thread's own time comes back after. */
	public static <T> T replayAt(Instant moment, Supplier<T> work) {
		Instant before = REPLAYED.get();
		REPLAYED.set(moment);
		try {
			return work.get();
		}
		finally {
			if (before == null) {
				REPLAYED.remove();
			}
			else {
				REPLAYED.set(before);
			}
		}
	}

	@Override
	public Instant instant() {
		Instant replayed = REPLAYED.get();
		return replayed != null ? replayed : system.instant();
	}

	@Override
	public ZoneId getZone() {
		return system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new ApplicationClock(system.withZone(zone));
	}
}
