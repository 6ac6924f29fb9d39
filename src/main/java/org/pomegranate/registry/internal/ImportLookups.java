package org.pomegranate.registry.internal;

import java.util.Optional;
import java.util.UUID;

import org.pomegranate.registry.BuildingOption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a file import needs to find places by the names an office types, not by ids. */
@Repository
public class ImportLookups {

	private final JdbcClient jdbc;

	ImportLookups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<UUID> compound(UUID communityId, String name) {
		return jdbc.sql("select id from compound where community_id = ? and name = ? order by id limit 1")
			.params(communityId, name).query(UUID.class).optional();
	}

	public Optional<BuildingOption> building(UUID communityId, String compoundName, String buildingName) {
		return jdbc.sql("""
				select b.id, c.name || ' ' || b.name as label, b.grid_id from building b
				join compound c on c.id = b.compound_id
				where c.community_id = ? and c.name = ? and b.name = ? order by b.id limit 1""")
			.params(communityId, compoundName, buildingName)
			.query((rs, n) -> new BuildingOption(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)))
			.optional();
	}

	public Optional<UUID> household(UUID buildingId, String unitNo, String room) {
		return jdbc.sql("select id from household where building_id = ? and unit_no = ? and room = ? order by id limit 1")
			.params(buildingId, unitNo, room).query(UUID.class).optional();
	}

	public boolean idNumberHashTaken(String hash) {
		return jdbc.sql("select exists (select 1 from resident where id_number_hash = ?)").param(hash)
			.query(Boolean.class).single();
	}
}
