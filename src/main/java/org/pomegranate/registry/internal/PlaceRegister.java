package org.pomegranate.registry.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.registry.BuildingView;
import org.pomegranate.registry.CompoundView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Compounds and buildings as their keepers list and change them; lists page by (name, id). */
@Repository
public class PlaceRegister {

	/** A household is current while someone lives there, or nobody has been registered yet. */
	private static final String CURRENT_HOUSEHOLDS = """
			(select count(*) from household h where h.building_id = b.id
			   and (exists (select 1 from resident r where r.household_id = h.id and r.status = 'ACTIVE')
			        or not exists (select 1 from resident r where r.household_id = h.id)))""";

	private static final String BUILDING = "select b.id, b.compound_id, c.name as compound_name, b.grid_id, b.name, "
			+ "b.retired_at is not null as retired, " + CURRENT_HOUSEHOLDS + " as households "
			+ "from building b join compound c on c.id = b.compound_id ";

	private static final String COMPOUND = """
			select c.id, c.community_id, c.name, c.address,
			       (select count(*) from building b where b.compound_id = c.id and b.retired_at is null) as buildings
			from compound c\s""";

	private final JdbcClient jdbc;

	PlaceRegister(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<CompoundView> compounds(UUID communityId, UUID after, int limit) {
		return jdbc.sql(COMPOUND + """
				where c.community_id = :community
				  and (cast(:after as uuid) is null or (c.name, c.id) > (select name, id from compound where id = :after))
				order by c.name, c.id limit :limit""")
			.param("community", communityId).param("after", after).param("limit", limit)
			.query(PlaceRegister::compound).list();
	}

	public Optional<CompoundView> compound(UUID id) {
		return jdbc.sql(COMPOUND + "where c.id = ?").param(id).query(PlaceRegister::compound).optional();
	}

	/** The compound's row locked, so its buildings are changed one act at a time. */
	public Optional<CompoundView> lockCompound(UUID id) {
		jdbc.sql("select id from compound where id = ? for update").param(id).query(UUID.class).optional();
		return compound(id);
	}

	public void insertCompound(UUID id, UUID communityId, String name, String address) {
		jdbc.sql("insert into compound (id, community_id, name, address) values (?, ?, ?, ?)")
			.params(id, communityId, name, address).update();
	}

	public void updateCompound(UUID id, String name, String address) {
		jdbc.sql("update compound set name = ?, address = ? where id = ?").params(name, address, id).update();
	}

	public List<BuildingView> buildings(UUID compoundId, UUID after, int limit) {
		return jdbc.sql(BUILDING + """
				where b.compound_id = :compound
				  and (cast(:after as uuid) is null or (b.name, b.id) > (select name, id from building where id = :after))
				order by b.name, b.id limit :limit""")
			.param("compound", compoundId).param("after", after).param("limit", limit)
			.query(PlaceRegister::building).list();
	}

	public Optional<BuildingView> building(UUID id) {
		return jdbc.sql(BUILDING + "where b.id = ?").param(id).query(PlaceRegister::building).optional();
	}

	/** The building with its row locked: a move, a rename and a retirement do not cross. */
	public Optional<BuildingView> lockBuilding(UUID id) {
		jdbc.sql("select id from building where id = ? for update").param(id).query(UUID.class).optional();
		return building(id);
	}

	public void insertBuilding(UUID id, UUID compoundId, UUID gridId, String name) {
		jdbc.sql("insert into building (id, compound_id, grid_id, name) values (?, ?, ?, ?)")
			.params(id, compoundId, gridId, name).update();
	}

	public void renameBuilding(UUID id, String name) {
		jdbc.sql("update building set name = ? where id = ?").params(name, id).update();
	}

	public void moveBuilding(UUID id, UUID gridId) {
		jdbc.sql("update building set grid_id = ? where id = ?").params(gridId, id).update();
	}

	public void retireBuilding(UUID id) {
		jdbc.sql("update building set retired_at = now() where id = ?").param(id).update();
	}

	public boolean anyBuilding() {
		return jdbc.sql("select exists (select 1 from building where retired_at is null)").query(Boolean.class).single();
	}

	private static CompoundView compound(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new CompoundView(rs.getObject("id", UUID.class), rs.getObject("community_id", UUID.class),
				rs.getString("name"), rs.getString("address"), rs.getLong("buildings"));
	}

	private static BuildingView building(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new BuildingView(rs.getObject("id", UUID.class), rs.getObject("compound_id", UUID.class),
				rs.getString("compound_name"), rs.getObject("grid_id", UUID.class), rs.getString("name"),
				rs.getBoolean("retired"), rs.getLong("households"));
	}
}
