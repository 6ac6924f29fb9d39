package org.pomegranate.registry.internal;

import static org.pomegranate.registry.internal.RegistrySql.ADDRESS;
import static org.pomegranate.registry.internal.RegistrySql.PLACE;
import static org.pomegranate.registry.internal.RegistrySql.UNIT_AND_ROOM;
import static org.pomegranate.registry.internal.RegistrySql.localDate;
import static org.pomegranate.registry.internal.RegistrySql.sqlDate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.registry.BuildingOption;
import org.pomegranate.registry.HouseholdDetails;
import org.pomegranate.registry.HouseholdForm;
import org.pomegranate.registry.HouseholdSummary;
import org.pomegranate.shared.database.ListTotals;
import org.pomegranate.shared.web.Cursor;
import org.pomegranate.shared.web.PageOf;
import org.pomegranate.shared.web.Slice;
import org.pomegranate.shared.web.Total;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Compounds, buildings and households. Reads for staff take the scope's unit ids and filter on
 * the building's grid, so an out-of-scope household is simply not found.
 */
@Repository
public class HouseholdRepository {

	private static final String HOUSEHOLD_FROM = """
			from household h join building b on b.id = h.building_id join compound c on c.id = b.compound_id""";
	private static final String HOUSEHOLD_KIND = "household";

	private final JdbcClient jdbc;

	HouseholdRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- compounds and buildings --------------------------------------------------------------

	public void insertCompound(UUID id, UUID communityId, String name, String address) {
		jdbc.sql("insert into compound (id, community_id, name, address) values (?, ?, ?, ?)")
			.params(id, communityId, name, address).update();
	}

	public void insertBuilding(UUID id, UUID compoundId, UUID gridId, String name) {
		jdbc.sql("insert into building (id, compound_id, grid_id, name) values (?, ?, ?, ?)")
			.params(id, compoundId, gridId, name).update();
	}

	public Optional<UUID> gridOfBuilding(UUID buildingId) {
		// a retired building takes no households
		return jdbc.sql("select grid_id from building where id = ? and retired_at is null").param(buildingId)
			.query(UUID.class).optional();
	}

	public List<BuildingOption> buildingsIn(UUID[] scope) {
		return jdbc.sql("""
				select b.id, c.name || ' ' || b.name as label, b.grid_id from building b join compound c on c.id = b.compound_id
				where b.grid_id = any(?) and b.retired_at is null order by c.name, b.name limit 500""")
			.param(scope)
			.query((rs, n) -> new BuildingOption(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)))
			.list();
	}

	public boolean anyHousehold() {
		return jdbc.sql("select exists (select 1 from household)").query(Boolean.class).single();
	}

	// ---- households -----------------------------------------------------------------------------

	public void insertHousehold(UUID id, HouseholdForm form) {
		jdbc.sql("""
				insert into household (id, building_id, unit_no, room, resettled, resettlement_project, move_in_date)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, form.buildingId(), form.unitNo(), form.room(), form.resettled(),
					form.resettled() ? form.resettlementProject() : null, sqlDate(form.moveInDate()))
			.update();
	}

	public int updateHousehold(UUID id, HouseholdForm form) {
		return jdbc.sql("""
				update household set building_id = ?, unit_no = ?, room = ?, resettled = ?, resettlement_project = ?,
				move_in_date = ?, updated_at = now(), version = version + 1 where id = ?""")
			.params(form.buildingId(), form.unitNo(), form.room(), form.resettled(),
					form.resettled() ? form.resettlementProject() : null, sqlDate(form.moveInDate()), id)
			.update();
	}

	/** Keeps the current address as a past one before the household moves. */
	public void recordMove(UUID householdId, String movedBy) {
		jdbc.sql("""
				insert into household_move (id, household_id, from_building_id, from_unit_no, from_room, moved_by)
				select ?, id, building_id, unit_no, room, ? from household where id = ?""")
			.params(UUID.randomUUID(), movedBy, householdId).update();
	}

	/** The household's version, with the row locked until the transaction ends. */
	public Optional<Integer> lockVersion(UUID id) {
		return jdbc.sql("select version from household where id = ? for update").param(id).query(Integer.class).optional();
	}

	public Optional<UUID> gridOfHousehold(UUID householdId) {
		return jdbc.sql("select b.grid_id from household h join building b on b.id = h.building_id where h.id = ?")
			.param(householdId).query(UUID.class).optional();
	}

	/**
	 * A page of the scope's households in address order (compound, building, unit, room), holding the address
	 * part when one is given, after the household the cursor {@code after} names; counted as the staff queues
	 * are: exactly up to {@value Total#EXACT_UP_TO}, estimated above, exactly on demand.
	 */
	public Slice<HouseholdSummary> findHouseholds(UUID[] scope, String address, String after, int size, boolean exact) {
		String q = address == null ? "" : address.trim();
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("scope", scope);
		// the address's bigrams (kept by triggers, see V165) find the candidates through their GIN index;
		// the folded address text is the recheck
		String filter = " where b.grid_id = any(:scope)";
		if (!q.isEmpty()) {
			filter += " and h.address_grams @> pomegranate_bigrams(:q) and strpos(pomegranate_fold(" + ADDRESS
					+ "), pomegranate_fold(:q)) > 0";
			params.put("q", q);
		}
		Total total = ListTotals.of(jdbc, HOUSEHOLD_FROM + filter, params, exact);
		After key = after == null || after.isBlank() ? null : Cursor.decode(after, "after", HOUSEHOLD_KIND, 3, After::read);
		if (key != null) {
			// the key is read from the household the page before ended on, so the cursor stays short whatever
			// the length of the names; a household gone since then, or one out of scope in a forged cursor,
			// ends the list (nothing is said about it)
			params.put("after", key.id());
		}
		int clamped = PageOf.clampSize(size);
		params.put("limit", clamped + 1);
		String sql = q.isEmpty() ? walkingBuildings(key != null) : matching(filter, key != null);
		List<HouseholdSummary> rows = jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new HouseholdSummary(rs.getObject("id", UUID.class), rs.getString("address"),
					rs.getObject("grid_id", UUID.class), rs.getLong("residents"), rs.getBoolean("resettled")))
			.list();
		long from = key == null ? 1 : key.from();
		return Slice.of(rows, clamped, from, total, h -> Cursor.encode(HOUSEHOLD_KIND, h.id(), from + clamped));
	}

	private static final String RESIDENTS = "(select count(*) from resident r where r.household_id = h.id"
			+ " and r.status = 'ACTIVE') as residents";
	/** The cursor's household as the address order compares it, if it is in scope (else nothing follows). */
	private static final String CURSOR_KEY = "(select c.name, b.name, b.id, h.unit_no, h.room, h.id " + HOUSEHOLD_FROM
			+ " where h.id = :after and b.grid_id = any(:scope))";

	/**
	 * The households an address part finds (few, through the bigram index), sorted. With a cursor: those
	 * after the household it names.
	 */
	private static String matching(String filter, boolean after) {
		return "select h.id, " + ADDRESS + " as address, b.grid_id, h.resettled, " + RESIDENTS + " " + HOUSEHOLD_FROM + filter
				+ (after ? " and (c.name, b.name, b.id, h.unit_no, h.room, h.id) > " + CURSOR_KEY : "")
				+ " order by c.name, b.name, b.id, h.unit_no, h.room, h.id limit :limit";
	}

	/**
	 * The whole scope's households in address order without sorting them all: a scope has few buildings
	 * against its households (a county thousands against a hundred thousand), so the buildings are
	 * sorted, and each one's households are read from it in order until the page is full (an incremental
	 * sort over the buildings' order). A page of a county reads a few buildings, whatever the page.
	 */
	private static String walkingBuildings(boolean after) {
		String buildings = "select b.id, b.grid_id, c.name as compound_name, b.name as building_name, " + PLACE
				+ " as place from building b join compound c on c.id = b.compound_id where b.grid_id = any(:scope)"
				+ (after ? " and (c.name, b.name, b.id) >= (select k.name, k.building_name, k.building_id from ("
						+ "select c.name, b.name as building_name, b.id as building_id " + HOUSEHOLD_FROM
						+ " where h.id = :after and b.grid_id = any(:scope)) k)" : "")
				+ " order by c.name, b.name, b.id";
		String households = "select h.id, h.unit_no, h.room, h.resettled, " + RESIDENTS
				+ " from household h where h.building_id = b.id"
				+ (after ? " and (b.compound_name, b.building_name, b.id, h.unit_no, h.room, h.id) > " + CURSOR_KEY : "")
				+ " order by h.unit_no, h.room, h.id limit :limit";
		return "select h.id, b.place" + UNIT_AND_ROOM + " as address, b.grid_id, h.resettled, h.residents from ("
				+ buildings + ") b cross join lateral (" + households + ") h"
				+ " order by b.compound_name, b.building_name, b.id, h.unit_no, h.room, h.id limit :limit";
	}

	/** Where a page of households ended: its last household, and the position the next page starts at. */
	private record After(UUID id, long from) {
		static After read(List<String> parts) {
			long from = Long.parseLong(parts.get(2));
			if (from < 1) {
				throw new IllegalArgumentException(parts.get(2));
			}
			return new After(UUID.fromString(parts.get(1)), from);
		}
	}

	/** The household without its members, which {@link ResidentRepository#ofHousehold} reads. */
	public Optional<HouseholdDetails> household(UUID id, UUID[] scope) {
		return jdbc.sql("select h.*, c.name as compound_name, b.name as building_name, b.grid_id, " + ADDRESS
				+ " as address " + HOUSEHOLD_FROM + " where h.id = ? and b.grid_id = any(?)")
			.params(id, scope)
			.query((rs, n) -> new HouseholdDetails(id, rs.getObject("building_id", UUID.class),
					rs.getString("compound_name"), rs.getString("building_name"), rs.getString("unit_no"),
					rs.getString("room"), rs.getString("address"), rs.getObject("grid_id", UUID.class),
					rs.getBoolean("resettled"), rs.getString("resettlement_project"),
					localDate(rs, "move_in_date"), List.of(), pastAddresses(id), rs.getInt("version")))
			.optional();
	}

	private List<HouseholdDetails.PastAddress> pastAddresses(UUID householdId) {
		return jdbc.sql("""
				select c.name || ' ' || b.name || '-' || m.from_unit_no || '-' || m.from_room, m.moved_at, m.moved_by
				from household_move m join building b on b.id = m.from_building_id join compound c on c.id = b.compound_id
				where m.household_id = ? order by m.moved_at desc""")
			.param(householdId)
			.query((rs, n) -> new HouseholdDetails.PastAddress(rs.getString(1), rs.getTimestamp(2).toInstant(),
					rs.getString(3)))
			.list();
	}
}
