package org.pomegranate.evaluation.incentive;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.pomegranate.evaluation.incentive.internal.PointsRepository;
import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.StaffMember;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incentive points (评价激励): every staff member's own lines with the reason and the request behind
 * each, and the monthly rankings of communities and workers within a unit. The lines come from the
 * service desk's events only (see the listener); nobody types points in.
 */
@Service
@Transactional(readOnly = true)
public class PointsLedger {

	private final PointsRepository ledger;
	private final IdentityManagement identity;
	private final OrganizationManagement organization;

	PointsLedger(PointsRepository ledger, IdentityManagement identity, OrganizationManagement organization) {
		this.ledger = ledger;
		this.identity = identity;
		this.organization = organization;
	}

	/** The signed-in staff member's points of the month, every line with its reason and request. */
	public MyPoints mine(YearMonth month) {
		CurrentUser me = identity.currentUser();
		if (!me.role().isStaff()) {
			throw new ForbiddenException("points are for staff");
		}
		List<Line> lines = ledger.linesOf(me.accountId(), month).stream()
			.map(l -> new Line(l.at(), l.rule(), l.points(), l.requestNumber(), l.requestId()))
			.toList();
		return new MyPoints(month.toString(), lines.stream().mapToInt(Line::points).sum(), lines);
	}

	/**
	 * The communities and the workers under a unit of the caller's scope, ranked by the month's points.
	 * A unit outside the scope is not found.
	 */
	public Rankings rankings(UUID unitId, YearMonth month) {
		CurrentUser me = identity.currentUser();
		if (!me.role().isStaff() || !identity.scopeOf(me).contains(unitId)) {
			throw new NotFoundException("unit");
		}
		OrgUnit unit = organization.find(unitId).orElseThrow(() -> new NotFoundException("unit"));
		List<Ranked> communities = ranked(ledger.byCommunity(unit.path(), month), id -> organization.find(id)
			.map(u -> u.nameZh()).orElse("?"));
		Map<UUID, String> names = new HashMap<>();
		for (UUID u : organization.subtree(unitId)) {
			for (StaffMember s : identity.staffAt(u)) {
				names.put(s.accountId(), s.displayName());
			}
		}
		List<Ranked> workers = ranked(ledger.byWorker(unit.path(), month), id -> names.getOrDefault(id, "—"));
		return new Rankings(unitId, unit.nameZh(), month.toString(), communities, workers);
	}

	private static List<Ranked> ranked(List<PointsRepository.Sum> sums, java.util.function.Function<UUID, String> name) {
		List<Ranked> out = new ArrayList<>();
		int rank = 0;
		long previous = Long.MIN_VALUE;
		for (int i = 0; i < sums.size(); i++) {
			PointsRepository.Sum s = sums.get(i);
			// equal points share a rank (1, 2, 2, 4)
			rank = s.points() == previous ? rank : i + 1;
			previous = s.points();
			out.add(new Ranked(rank, s.id(), name.apply(s.id()), s.points(), s.lines()));
		}
		return out;
	}

	/** One line of the ledger: when, why (the rule), how many points, and the request behind it. */
	public record Line(Instant at, PointsRule rule, int points, String requestNumber, UUID requestId) {
	}

	public record MyPoints(String month, int total, List<Line> lines) {
	}

	public record Ranked(int rank, UUID id, String name, long points, long lines) {
	}

	public record Rankings(UUID unitId, String unitName, String month, List<Ranked> communities, List<Ranked> workers) {
	}
}
