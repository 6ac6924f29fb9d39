package org.pomegranate.safety.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.safety.SafetyModel.Enterprise;
import org.pomegranate.safety.SafetyModel.EnterpriseForm;
import org.pomegranate.safety.SafetyModel.EnterpriseKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The enterprises registry; the credit code is unique, so a second registration of one fails in the database. */
@Repository
public class EnterpriseRepository {

	private static final String SELECT = """
			select e.*, a.display_name liaison_name from enterprise e left join account a on a.id = e.liaison_account_id""";

	private final JdbcClient jdbc;

	EnterpriseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, String name, String code, EnterpriseForm form, String address, Instant at) {
		jdbc.sql("""
				insert into enterprise (id, name, credit_code, unit_id, address, kind, liaison_account_id, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, name, code, form.unitId(), address, form.kind().name(), form.liaisonAccountId(),
					Timestamp.from(at))
			.update();
	}

	public Optional<Enterprise> find(UUID id, UUID[] scope) {
		return jdbc.sql(SELECT + " where e.id = ? and e.unit_id = any(?)").params(id, scope).query(this::map)
			.optional();
	}

	/** Enterprises in scope by name and kind, newest first from a keyset cursor. */
	public List<Enterprise> list(UUID[] scope, String name, EnterpriseKind kind, UUID after, int limit) {
		return jdbc.sql(SELECT + """
				 where e.unit_id = any(:scope)
				  and (cast(:name as text) is null or e.name ilike '%' || cast(:name as text) || '%')
				  and (cast(:kind as text) is null or e.kind = cast(:kind as text))
				  and (cast(:after as uuid) is null or (e.created_at, e.id) < (select created_at, id from enterprise
				       where id = cast(:after as uuid)))
				order by e.created_at desc, e.id desc limit :limit""")
			.param("scope", scope).param("name", name).param("kind", kind == null ? null : kind.name())
			.param("after", after).param("limit", limit).query(this::map).list();
	}

	/** A staff account's unit (the identity module's table, read only): where a liaison works. */
	public Optional<UUID> staffUnit(UUID accountId) {
		return jdbc.sql("""
				select org_unit_id from account where id = ? and enabled and role not in ('RESIDENT', 'VOLUNTEER',
				'SYSTEM_ADMIN')""").param(accountId).query(UUID.class).optional();
	}

	private Enterprise map(ResultSet rs, int n) throws SQLException {
		return new Enterprise(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("credit_code"),
				rs.getObject("unit_id", UUID.class), rs.getString("address"), EnterpriseKind.valueOf(rs.getString("kind")),
				rs.getObject("liaison_account_id", UUID.class), rs.getString("liaison_name"),
				rs.getTimestamp("created_at").toInstant());
	}
}
