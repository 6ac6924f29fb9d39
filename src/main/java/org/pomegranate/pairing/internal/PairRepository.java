package org.pomegranate.pairing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.pairing.PairingModel;
import org.pomegranate.pairing.PairingModel.Coverage;
import org.pomegranate.pairing.PairingModel.Kind;
import org.pomegranate.pairing.PairingModel.MonthVisits;
import org.pomegranate.pairing.PairingModel.Pair;
import org.pomegranate.pairing.PairingModel.Status;
import org.pomegranate.pairing.PairingModel.Visit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Pairs and their visits. Household labels come from the registry's tables (read only) as compound
 * and building, never unit and room: the mask of the lists.
 */
@Repository
public class PairRepository {

	private static final String SELECT = """
			select p.*, (select c.name || ' ' || b.name from household h join building b on b.id = h.building_id
			    join compound c on c.id = b.compound_id where h.id = p.household_id) household_label,
			  (select c.name || ' ' || b.name from household h join building b on b.id = h.building_id
			    join compound c on c.id = b.compound_id where h.id = p.partner_household_id) partner_label,
			  (select display_name from account where id = p.partner_account_id) partner_staff,
			  (select display_name from account where id = p.owner_account_id) owner_name
			from pair p""";

	private final JdbcClient jdbc;

	PairRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, PairingModel.PairForm form, UUID owner, UUID gridId, UUID communityId, String goals,
			Instant at) {
		jdbc.sql("""
				insert into pair (id, kind, household_id, partner_household_id, partner_account_id, partner_resident_id,
				    owner_account_id, grid_id, community_id, goals, started_on, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, form.kind().name(), form.householdId(), form.partnerHouseholdId(), form.partnerAccountId(),
					form.partnerResidentId(), owner, gridId, communityId, goals, form.startedOn(), Timestamp.from(at))
			.update();
	}

	public Optional<Pair> find(UUID id, UUID[] scope, LocalDate today) {
		return jdbc.sql(SELECT + " where p.id = ? and p.grid_id = any(?)").params(id, scope)
			.query((rs, n) -> map(rs, today)).optional();
	}

	/** Pairs in scope by status and lapse, newest first from a keyset cursor. */
	public List<Pair> list(UUID[] scope, Status status, boolean lapsingOnly, UUID after, int limit, LocalDate today) {
		return jdbc.sql(SELECT + """
				 where p.grid_id = any(:scope)
				  and (cast(:status as text) is null or p.status = cast(:status as text))
				  and (not :lapsing or (p.status = 'ACTIVE' and coalesce(p.last_visit_on, p.started_on) <= :lapse))
				  and (cast(:after as uuid) is null or (p.created_at, p.id) < (select created_at, id from pair
				       where id = cast(:after as uuid)))
				order by p.created_at desc, p.id desc limit :limit""")
			.param("scope", scope).param("status", status == null ? null : status.name())
			.param("lapsing", lapsingOnly).param("lapse", today.minusDays(PairingModel.LAPSE_DAYS))
			.param("after", after).param("limit", limit).query((rs, n) -> map(rs, today)).list();
	}

	/** Ends an active pair; false when it had ended already. */
	public boolean end(UUID id, LocalDate on) {
		return jdbc.sql("update pair set status = 'ENDED', ended_on = ? where id = ? and status = 'ACTIVE'")
			.params(on, id).update() == 1;
	}

	/**
	 * Records a visit of an active pair and moves its last visit forward (never back: a late entry of
	 * an old visit leaves a newer one standing); false when the pair has ended.
	 */
	public boolean visit(UUID pairId, UUID id, PairingModel.VisitForm form, String visitor, String help, String by,
			Instant at) {
		int updated = jdbc.sql("""
				update pair set last_visit_on = greatest(coalesce(last_visit_on, ?), ?)
				where id = ? and status = 'ACTIVE'""").params(form.visitedOn(), form.visitedOn(), pairId).update();
		if (updated == 0) {
			return false;
		}
		jdbc.sql("""
				insert into pair_visit (id, pair_id, visited_on, visitor, help, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, pairId, form.visitedOn(), visitor, help, by, Timestamp.from(at)).update();
		return true;
	}

	public List<Visit> visits(UUID pairId) {
		return jdbc.sql("select * from pair_visit where pair_id = ? order by visited_on desc, recorded_at desc")
			.param(pairId)
			.query((rs, n) -> new Visit(rs.getObject("id", UUID.class), rs.getObject("visited_on", LocalDate.class),
					rs.getString("visitor"), rs.getString("help"), rs.getString("recorded_by")))
			.list();
	}

	/**
	 * Claims active pairs whose last visit (or start) is {@value PairingModel#LAPSE_DAYS} days or more
	 * ago and not yet reminded for that date, marking them in the same statement (rows another
	 * instance holds are skipped): one reminder per lapse; a new visit opens the next one.
	 */
	public List<Lapse> claimLapses(LocalDate today, int limit) {
		return jdbc.sql("""
				update pair p set reminded_for = coalesce(p.last_visit_on, p.started_on)
				where p.id in (select id from pair where status = 'ACTIVE'
				  and coalesce(last_visit_on, started_on) <= :lapse
				  and reminded_for is distinct from coalesce(last_visit_on, started_on)
				  order by id limit :limit for update skip locked)
				returning p.id, p.owner_account_id, coalesce(p.last_visit_on, p.started_on)""")
			.param("lapse", today.minusDays(PairingModel.LAPSE_DAYS)).param("limit", limit)
			.query((rs, n) -> new Lapse(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, LocalDate.class)))
			.list();
	}

	/** A pair claimed for a reminder, and the date since which it has had no visit. */
	public record Lapse(UUID pairId, UUID ownerAccountId, LocalDate since) {
	}

	/** Active and lapsing pairs, and visits per month from {@code from}, of each community in the list. */
	public List<Coverage> coverage(List<UUID> communities, Map<UUID, String> names, YearMonth from, LocalDate today) {
		Map<UUID, long[]> pairs = new LinkedHashMap<>();
		jdbc.sql("""
				select community_id, count(*) filter (where status = 'ACTIVE'),
				  count(*) filter (where status = 'ACTIVE' and coalesce(last_visit_on, started_on) <= ?)
				from pair where community_id = any(?) group by community_id""")
			.params(today.minusDays(PairingModel.LAPSE_DAYS), communities.toArray(UUID[]::new))
			.query(rs -> {
				pairs.put(rs.getObject(1, UUID.class), new long[] { rs.getLong(2), rs.getLong(3) });
			});
		Map<UUID, Map<YearMonth, Long>> visits = new LinkedHashMap<>();
		jdbc.sql("""
				select p.community_id, date_trunc('month', v.visited_on)::date, count(*)
				from pair_visit v join pair p on p.id = v.pair_id
				where p.community_id = any(?) and v.visited_on >= ? group by 1, 2""")
			.params(communities.toArray(UUID[]::new), from.atDay(1))
			.query(rs -> {
				visits.computeIfAbsent(rs.getObject(1, UUID.class), c -> new LinkedHashMap<>())
					.put(YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getLong(3));
			});
		List<Coverage> rows = new ArrayList<>();
		for (UUID community : communities) {
			long[] p = pairs.getOrDefault(community, new long[2]);
			List<MonthVisits> months = new ArrayList<>();
			for (YearMonth m = from; !m.isAfter(YearMonth.from(today)); m = m.plusMonths(1)) {
				months.add(new MonthVisits(m, visits.getOrDefault(community, Map.of()).getOrDefault(m, 0L)));
			}
			rows.add(new Coverage(community, names.get(community), p[0], p[1], months));
		}
		return rows;
	}

	/** A staff account's unit (the identity module's table, read only). */
	public Optional<UUID> staffUnit(UUID accountId) {
		return jdbc.sql("""
				select org_unit_id from account where id = ? and enabled and role not in ('RESIDENT', 'VOLUNTEER',
				'SYSTEM_ADMIN')""").param(accountId).query(UUID.class).optional();
	}

	private Pair map(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate started = rs.getObject("started_on", LocalDate.class);
		LocalDate last = rs.getObject("last_visit_on", LocalDate.class);
		Status status = Status.valueOf(rs.getString("status"));
		LocalDate since = last == null ? started : last;
		return new Pair(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")),
				rs.getObject("household_id", UUID.class), rs.getString("household_label"),
				rs.getObject("partner_household_id", UUID.class), rs.getString("partner_label"),
				rs.getObject("partner_account_id", UUID.class), rs.getString("partner_staff"),
				rs.getObject("partner_resident_id", UUID.class), rs.getObject("owner_account_id", UUID.class),
				rs.getString("owner_name"), rs.getObject("grid_id", UUID.class), rs.getObject("community_id", UUID.class),
				rs.getString("goals"), started, status, last,
				status == Status.ACTIVE && !since.isAfter(today.minusDays(PairingModel.LAPSE_DAYS)));
	}
}
