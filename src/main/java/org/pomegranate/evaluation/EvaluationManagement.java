package org.pomegranate.evaluation;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.pomegranate.evaluation.internal.CompositeWeights;
import org.pomegranate.evaluation.internal.Counter;
import org.pomegranate.evaluation.internal.EvaluationQueries;
import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.identity.StaffMember;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The three rates (三率) and the on-time rate of a unit or worker, month by month, as the rollups
 * keep them; the ranking of the units one level down; and the requests behind every figure. Anyone
 * who may see requests sees the figures of their own subtree; a unit outside it is not found.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationManagement {

	/** The longest span one call answers. */
	public static final int MAX_MONTHS = 36;
	/** The most requests one page behind a figure lists. */
	public static final int MAX_PAGE = 200;

	private final EvaluationQueries queries;
	private final CompositeWeights weights;
	private final IdentityManagement identity;
	private final OrganizationManagement organization;
	private final Clock clock;

	EvaluationManagement(EvaluationQueries queries, CompositeWeights weights, IdentityManagement identity,
			OrganizationManagement organization, Clock clock) {
		this.queries = queries;
		this.weights = weights;
		this.identity = identity;
		this.organization = organization;
		this.clock = clock;
	}

	/** This month in Asia/Shanghai. */
	public YearMonth thisMonth() {
		return YearMonth.from(clock.instant().atZone(TimeConfiguration.DISPLAY_ZONE));
	}

	/**
	 * The unit a caller's figures are about: the one asked for (which must lie in their scope), or
	 * their own when none is asked for.
	 */
	public OrgUnit unitInScope(UUID unitId) {
		CurrentUser user = identity.require(Permission.VIEW_REQUESTS);
		UUID id = unitId == null ? user.orgUnitId() : unitId;
		if (id == null || !identity.scopeOf(user).contains(id)) {
			throw new NotFoundException("unit");
		}
		return organization.find(id).orElseThrow(() -> new NotFoundException("unit"));
	}

	/**
	 * One row per month from {@code from} to {@code to}, months without any request included (all
	 * zero). With a worker: that worker's figures while in the unit (a grid).
	 */
	public List<MonthFigures> rates(UUID unitId, UUID workerId, YearMonth from, YearMonth to) {
		OrgUnit unit = unitInScope(unitId);
		checkSpan(from, to);
		Map<YearMonth, int[]> rows = queries.monthly(unit.id(), workerId, from, to);
		List<MonthFigures> months = new ArrayList<>();
		for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
			months.add(new MonthFigures(m, weights.figures(rows.getOrDefault(m, new int[Counter.values().length]))));
		}
		return months;
	}

	/**
	 * The units one level below (for a grid: its workers) with their month's figures, best
	 * composite first; those with nothing to score come last.
	 */
	public List<RankedUnit> rankings(UUID unitId, YearMonth month) {
		OrgUnit unit = unitInScope(unitId);
		List<RankedUnit> rows = new ArrayList<>();
		if (unit.level() == OrgLevel.GRID) {
			Map<UUID, String> names = identity.staffAt(unit.id()).stream()
				.collect(Collectors.toMap(StaffMember::accountId, StaffMember::displayName, (a, b) -> a));
			queries.workersOf(unit.id(), month).forEach((worker, counts) -> rows.add(new RankedUnit(null, unit.id(),
					worker, names.getOrDefault(worker, "—"), "WORKER", weights.figures(counts))));
		}
		else {
			List<OrgUnit> children = organization.children(unit.id());
			Map<UUID, int[]> counts = queries.ofUnits(children.stream().map(OrgUnit::id).toList(), month);
			for (OrgUnit child : children) {
				rows.add(new RankedUnit(null, child.id(), null, child.nameZh(), child.level().name(),
						weights.figures(counts.getOrDefault(child.id(), new int[Counter.values().length]))));
			}
		}
		rows.sort(Comparator.comparing((RankedUnit r) -> r.figures().composite(),
				Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(RankedUnit::name));
		List<RankedUnit> ranked = new ArrayList<>();
		int place = 0;
		for (RankedUnit r : rows) {
			ranked.add(new RankedUnit(r.figures().composite() == null ? null : ++place, r.unitId(), r.workerId(),
					r.name(), r.level(), r.figures()));
		}
		return ranked;
	}

	/**
	 * The requests behind one figure of a month: every request of its denominator, in number
	 * order, those of the numerator marked. Keyset paged: pass the last number of a page as
	 * {@code afterNumber} for the next.
	 */
	public List<FigureRequest> requestsBehind(UUID unitId, UUID workerId, YearMonth month, Figure figure,
			String afterNumber, int size) {
		OrgUnit unit = unitInScope(unitId);
		if (size < 1 || size > MAX_PAGE) {
			throw new InvalidInputException("size", "error.evaluation.size");
		}
		return queries.behind(figure, unit.path(), unit.id(), workerId, month, afterNumber, size);
	}

	/** Requests taken in during the month, by category and tier, in the unit's subtree. */
	public List<CategoryVolume> volumes(UUID unitId, YearMonth month) {
		return queries.volumes(unitInScope(unitId).id(), month);
	}

	/** The composite's weights in percent: response, resolution, satisfaction. */
	public int[] weights() {
		return new int[] { weights.response(), weights.resolution(), weights.satisfaction() };
	}

	private static void checkSpan(YearMonth from, YearMonth to) {
		if (from.isAfter(to)) {
			throw new InvalidInputException("from", "error.evaluation.fromAfterTo");
		}
		if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
			throw new InvalidInputException("to", "error.evaluation.span");
		}
	}

}
