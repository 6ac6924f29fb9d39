package org.pomegranate.servicedesk.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;

/**
 * The ladder overdue work climbs: grid worker → community → street → county. When a deadline
 * passes the request goes one rung up, and that rung gets the category's first-response time to
 * act before it climbs again; the county is the top. Steps that fell due while the application
 * was down are all taken at once, each with the time it fell due.
 */
public final class EscalationLadder {

	/** One rung climbed: to this unit, due at that time. */
	public record Step(UUID unitId, Instant dueAt, int number) {
	}

	/** The steps to take now and when the request climbs next ({@code null}: at the top). */
	public record Climb(List<Step> steps, Instant nextEscalateAt) {
	}

	private EscalationLadder() {
	}

	/**
	 * @param lineage    the request's unit and its ancestors, root first
	 * @param holder     the unit that holds the request on the ladder now
	 * @param escalateAt when the next rung is due
	 * @param window     how long each rung has to act (the category's first-response time)
	 * @param stepsSoFar how many rungs it climbed before
	 */
	public static Climb climb(List<OrgUnit> lineage, UUID holder, Instant escalateAt, Duration window, Instant now,
			int stepsSoFar) {
		List<Step> steps = new ArrayList<>();
		int index = indexOf(lineage, holder);
		Instant due = escalateAt;
		while (due != null && !due.isAfter(now)) {
			if (index <= 0 || lineage.get(index).level().ordinal() <= OrgLevel.COUNTY.ordinal()) {
				return new Climb(steps, null);
			}
			index--;
			steps.add(new Step(lineage.get(index).id(), due, stepsSoFar + steps.size() + 1));
			due = lineage.get(index).level() == OrgLevel.COUNTY ? null : due.plus(window);
		}
		return new Climb(steps, due);
	}

	private static int indexOf(List<OrgUnit> lineage, UUID unit) {
		for (int i = 0; i < lineage.size(); i++) {
			if (lineage.get(i).id().equals(unit)) {
				return i;
			}
		}
		// the holder is not an ancestor (transferred elsewhere since): climb from the request's unit
		return lineage.size() - 1;
	}
}
