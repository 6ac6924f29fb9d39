package org.pomegranate.servicedesk.internal;

import java.util.List;
import java.util.UUID;

import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;

/**
 * Decides which unit first owns a request (首接负责): the grid of the household's building, else
 * the grid or community an address names, else a community given on the form, else the county
 * office (兜底). A category handled higher up (say, by the community) goes to that ancestor.
 */
public final class Routing {

	/** Why the request went where it went; recorded on the timeline. */
	public enum Basis {
		HOUSEHOLD, ADDRESS, COMMUNITY, FALLBACK
	}

	/**
	 * @param unit the unit it went to: its level decides who can be assigned there, its path is what
	 *             the submitted event carries (so the intake does not read it back)
	 */
	public record Decision(OrgUnit unit, Basis basis) {

		public UUID unitId() {
			return unit.id();
		}

		public OrgLevel level() {
			return unit.level();
		}
	}

	private Routing() {
	}

	/**
	 * @param found   the unit the household, address or form pointed at, with its basis; {@code null}
	 *                when nothing was found
	 * @param lineage the found unit's lineage, root first (empty when nothing was found)
	 */
	public static Decision route(UUID found, Basis basis, List<OrgUnit> lineage, OrgLevel responsibleLevel,
			OrgUnit fallback) {
		if (found == null || lineage.isEmpty()) {
			return new Decision(fallback, Basis.FALLBACK);
		}
		OrgUnit self = lineage.get(lineage.size() - 1);
		if (self.level().ordinal() <= responsibleLevel.ordinal()) {
			return new Decision(self, basis);
		}
		return lineage.stream().filter(u -> u.level() == responsibleLevel).findFirst()
			.map(u -> new Decision(u, basis))
			.orElse(new Decision(self, basis));
	}
}
