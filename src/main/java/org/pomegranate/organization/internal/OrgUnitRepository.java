package org.pomegranate.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.UnitNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OrgUnitRepository {

	private static final String COLUMNS = "id, parent_id, code, name_zh, name_en, name_bo, name_mn, level, path, closed_at";

	private static final String SELECT = "select " + COLUMNS + " from org_unit ";

	/** Units with a statistical code first in code order, the others by name. */
	private static final String ORDER = " order by code nulls last, name_zh, id";

	private final JdbcClient jdbc;

	OrgUnitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<OrgUnit> findById(UUID id) {
		return jdbc.sql(SELECT + "where id = ?").param(id).query(this::map).optional();
	}

	/** The unit, its row locked until the transaction ends, so what is checked stays true. */
	public Optional<OrgUnit> lock(UUID id) {
		return jdbc.sql(SELECT + "where id = ? for update").param(id).query(this::map).optional();
	}

	/** The unit, its row share-locked: others may read it or add to it, but nobody closes or moves it meanwhile. */
	public Optional<OrgUnit> lockShared(UUID id) {
		return jdbc.sql(SELECT + "where id = ? for share").param(id).query(this::map).optional();
	}

	public Optional<OrgUnit> findByCode(String code) {
		return jdbc.sql(SELECT + "where code = ?").param(code).query(this::map).optional();
	}

	/** The open units directly below. */
	public List<OrgUnit> children(UUID parentId) {
		return jdbc.sql(SELECT + "where parent_id = ? and closed_at is null" + ORDER).param(parentId).query(this::map)
			.list();
	}

	public long countOpenChildren(UUID parentId) {
		return jdbc.sql("select count(*) from org_unit where parent_id = ? and closed_at is null").param(parentId)
			.query(Long.class).single();
	}

	/** Every open unit, each parent before its children (depth first, siblings in code order). */
	public List<OrgUnit> all() {
		List<OrgUnit> open = jdbc.sql(SELECT + "where closed_at is null" + ORDER).query(this::map).list();
		Map<UUID, List<OrgUnit>> byParent = new HashMap<>();
		open.forEach(u -> byParent.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u));
		List<OrgUnit> ordered = new ArrayList<>(open.size());
		Deque<OrgUnit> stack = new ArrayDeque<>();
		pushInOrder(stack, byParent.get(null));
		while (!stack.isEmpty()) {
			OrgUnit unit = stack.pop();
			ordered.add(unit);
			pushInOrder(stack, byParent.get(unit.id()));
		}
		return ordered;
	}

	/** Pushed last to first, so the first sibling is popped first. */
	private static void pushInOrder(Deque<OrgUnit> stack, List<OrgUnit> siblings) {
		if (siblings != null) {
			for (int i = siblings.size() - 1; i >= 0; i--) {
				stack.push(siblings.get(i));
			}
		}
	}

	/** Every open unit of one level. */
	public List<OrgUnit> atLevel(OrgLevel level) {
		return jdbc.sql(SELECT + "where level = ? and closed_at is null" + ORDER).param(level.name()).query(this::map)
			.list();
	}

	public List<OrgUnit> roots() {
		return jdbc.sql(SELECT + "where parent_id is null" + ORDER).query(this::map).list();
	}

	public boolean anyAt(OrgLevel level) {
		return jdbc.sql("select exists (select 1 from org_unit where level = ? and closed_at is null)")
			.param(level.name()).query(Boolean.class).single();
	}

	public List<OrgUnit> lineage(UUID id) {
		return jdbc.sql("""
				select u.id, u.parent_id, u.code, u.name_zh, u.name_en, u.name_bo, u.name_mn, u.level, u.path, u.closed_at
				from org_unit u, org_unit self
				where self.id = ? and self.path like u.path || '%'
				order by length(u.path)""").param(id).query(this::map).list();
	}

	/**
	 * The lineage of each unit, root first, in one statement: the ancestors are read by the ids in
	 * each unit's path, so the cost follows the number of units asked for, not the size of the tree.
	 */
	public Map<UUID, List<OrgUnit>> lineages(Collection<UUID> ids) {
		Map<UUID, List<OrgUnit>> lineages = new HashMap<>();
		jdbc.sql("""
				select self.id as of_id, u.id, u.parent_id, u.code, u.name_zh, u.name_en, u.name_bo, u.name_mn, u.level,
				       u.path, u.closed_at
				from org_unit self
				cross join lateral unnest(string_to_array(trim(both '/' from self.path), '/')) with ordinality as p(id, depth)
				join org_unit u on u.id = p.id::uuid
				where self.id = any(?)
				order by self.id, p.depth""")
			.param(ids.toArray(UUID[]::new))
			.query((rs, n) -> lineages.computeIfAbsent(rs.getObject("of_id", UUID.class), k -> new ArrayList<>())
				.add(map(rs, n)))
			.list();
		return lineages;
	}

	public Set<UUID> subtreeIds(UUID id) {
		return new HashSet<>(jdbc.sql("""
				select u.id from org_unit u, org_unit root
				where root.id = ? and u.path like root.path || '%'""")
			.param(id).query(UUID.class).list());
	}

	public void insert(OrgUnit unit) {
		jdbc.sql("insert into org_unit (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, null)")
			.params(unit.id(), unit.parentId(), unit.code(), unit.nameZh(), unit.nameEn(), unit.nameBo(),
					unit.nameMn(), unit.level().name(), unit.path())
			.update();
	}

	public void rename(UUID id, String code, UnitNames names) {
		jdbc.sql("update org_unit set code = ?, name_zh = ?, name_en = ?, name_bo = ?, name_mn = ? where id = ?")
			.params(code, names.zh(), names.en(), names.bo(), names.mn(), id).update();
	}

	/**
	 * Hangs the unit under a new parent and rewrites the path of the unit and its whole subtree
	 * in one statement, so no reader ever sees half a subtree moved.
	 */
	public void move(OrgUnit unit, OrgUnit newParent) {
		String newPath = newParent.path() + unit.id() + "/";
		jdbc.sql("""
				update org_unit
				set path = :newPath || substr(path, length(:oldPath) + 1),
				    parent_id = case when id = :id then :parent else parent_id end
				where path like :oldPath || '%'""")
			.param("newPath", newPath).param("oldPath", unit.path()).param("id", unit.id())
			.param("parent", newParent.id()).update();
	}

	public void close(UUID id) {
		jdbc.sql("update org_unit set closed_at = now() where id = ?").param(id).update();
	}

	private OrgUnit map(ResultSet rs, int row) throws SQLException {
		return new OrgUnit(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class),
				rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"), rs.getString("name_bo"),
				rs.getString("name_mn"), OrgLevel.valueOf(rs.getString("level")), rs.getString("path"),
				rs.getTimestamp("closed_at") != null);
	}
}
