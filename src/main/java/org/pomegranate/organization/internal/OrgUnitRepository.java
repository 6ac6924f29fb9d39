package org.pomegranate.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OrgUnitRepository {

	private static final String COLUMNS = "id, parent_id, code, name_zh, name_en, level, path";

	private final JdbcClient jdbc;

	OrgUnitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<OrgUnit> findById(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from org_unit where id = ?").param(id).query(this::map).optional();
	}

	public Optional<OrgUnit> findByCode(String code) {
		return jdbc.sql("select " + COLUMNS + " from org_unit where code = ?").param(code).query(this::map).optional();
	}

	public List<OrgUnit> children(UUID parentId) {
		return jdbc.sql("select " + COLUMNS + " from org_unit where parent_id = ? order by code")
			.param(parentId).query(this::map).list();
	}

	/** Codes extend their parent's code, so code order lists every parent before its children. */
	public List<OrgUnit> all() {
		return jdbc.sql("select " + COLUMNS + " from org_unit order by code").query(this::map).list();
	}

	/** Every unit of one level, in code order (parents' codes prefix their children's). */
	public List<OrgUnit> atLevel(OrgLevel level) {
		return jdbc.sql("select " + COLUMNS + " from org_unit where level = ? order by code").param(level.name())
			.query(this::map).list();
	}

	public List<OrgUnit> roots() {
		return jdbc.sql("select " + COLUMNS + " from org_unit where parent_id is null order by code")
			.query(this::map).list();
	}

	public List<OrgUnit> lineage(UUID id) {
		return jdbc.sql("""
				select u.id, u.parent_id, u.code, u.name_zh, u.name_en, u.level, u.path
				from org_unit u, org_unit self
				where self.id = ? and self.path like u.path || '%'
				order by length(u.path)""").param(id).query(this::map).list();
	}

	public Set<UUID> subtreeIds(UUID id) {
		return new HashSet<>(jdbc.sql("""
				select u.id from org_unit u, org_unit root
				where root.id = ? and u.path like root.path || '%'""")
			.param(id).query(UUID.class).list());
	}

	public void insert(OrgUnit unit) {
		jdbc.sql("insert into org_unit (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")
			.params(unit.id(), unit.parentId(), unit.code(), unit.nameZh(), unit.nameEn(), unit.level().name(),
					unit.path())
			.update();
	}

	private OrgUnit map(ResultSet rs, int row) throws SQLException {
		return new OrgUnit(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class),
				rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
				OrgLevel.valueOf(rs.getString("level")), rs.getString("path"));
	}
}
