package org.pomegranate.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.registry.Place;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PlaceRepository {

	private final JdbcClient jdbc;

	PlaceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Place> ofHousehold(UUID householdId) {
		return jdbc.sql("select h.id, b.grid_id, c.community_id, " + RegistrySql.ADDRESS + """
				 as address, null as name, null as language
				from household h join building b on b.id = h.building_id join compound c on c.id = b.compound_id
				where h.id = ?""").param(householdId).query(PlaceRepository::place).optional();
	}

	public Optional<Place> ofResident(UUID residentId) {
		return jdbc.sql("select h.id, b.grid_id, c.community_id, " + RegistrySql.ADDRESS + """
				 as address, r.name, r.preferred_language as language
				from resident r join household h on h.id = r.household_id
				join building b on b.id = h.building_id join compound c on c.id = b.compound_id
				where r.id = ? and r.status = 'ACTIVE'""").param(residentId).query(PlaceRepository::place).optional();
	}

	/**
	 * The longest compound name (or street address) the text contains wins; a building of that
	 * compound named in the text gives its grid, a compound lying in a single grid gives that one.
	 */
	public Optional<Place> ofAddress(String text) {
		return jdbc.sql("""
				select null::uuid as id, c.community_id, :text as address, null as name, null as language,
				       coalesce(
				         (select b.grid_id from building b where b.compound_id = c.id and position(b.name in :text) > 0
				          order by length(b.name) desc limit 1),
				         (select min(b.grid_id::text)::uuid from building b where b.compound_id = c.id
				          having count(distinct b.grid_id) = 1)) as grid_id
				from compound c
				where position(c.name in :text) > 0 or position(c.address in :text) > 0
				order by greatest(case when position(c.name in :text) > 0 then length(c.name) else 0 end,
				                  case when position(c.address in :text) > 0 then length(c.address) else 0 end) desc
				limit 1""").param("text", text).query(PlaceRepository::place).optional();
	}

	private static Place place(ResultSet rs, int n) throws SQLException {
		return new Place(rs.getObject("id", UUID.class), rs.getObject("grid_id", UUID.class),
				rs.getObject("community_id", UUID.class), rs.getString("address"), rs.getString("name"),
				rs.getString("language"));
	}
}
