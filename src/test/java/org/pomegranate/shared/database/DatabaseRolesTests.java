package org.pomegranate.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pomegranate.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application's database role (production: the application connects as it, migrations run
 * as the owner): it reads and writes rows, adds to the audit log, and nothing more. Made here the
 * way docs/operations.md tells an operator to, on the suite's embedded database.
 */
@IntegrationTest
class DatabaseRolesTests {

	private static final String PASSWORD = "app-role-test-password";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	String role;
	Connection app;

	@BeforeEach
	void createTheRole() throws SQLException {
		role = "app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		jdbc.sql("create role " + role + " login password '" + PASSWORD + "'").update();
		jdbc.sql("select pomegranate_grant_app_role(?)").param(role).query(Object.class).list();
		Properties credentials = new Properties();
		credentials.setProperty("user", role);
		credentials.setProperty("password", PASSWORD);
		// without the URL's own "?user=postgres", which would win over these credentials
		String url = ((HikariDataSource) dataSource).getJdbcUrl().replaceFirst("\\?.*$", "");
		app = DriverManager.getConnection(url, credentials);
	}

	@AfterEach
	void dropTheRole() throws SQLException {
		app.close();
		jdbc.sql("drop owned by " + role).update();
		jdbc.sql("drop role " + role).update();
	}

	@Test
	void theApplicationRoleWritesRowsAndAddsToTheAuditLog() throws SQLException {
		assertThat(query("select current_user")).isEqualTo(role);
		String code = "R" + role.substring(4, 14);
		try (Statement s = app.createStatement()) {
			s.execute("insert into org_unit (id, code, name_zh, name_en, level, path) values ('" + UUID.randomUUID()
					+ "', '" + code + "', '角色测试', 'Role test', 'PREFECTURE', '/x/')");
			s.execute("update org_unit set name_en = 'Role test, renamed' where code = '" + code + "'");
			// an audit entry goes through the chain trigger, which moves the chain head
			s.execute("insert into audit_entry (actor_name, action, subject_type, detail) values ('" + role
					+ "', 'VIEW', 'ORG_UNIT', '" + code + "')");
			s.execute("select nextval('service_request_number_seq')");
			s.execute("delete from org_unit where code = '" + code + "'");
		}
		assertThat(query("select count(*) from audit_entry where detail = '" + code + "'")).isEqualTo("1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "update audit_entry set reason = 'x' where id = (select max(id) from audit_entry)",
			"delete from audit_entry where id = (select max(id) from audit_entry)", "truncate audit_entry",
			"create table sneaky (id int)", "alter table resident add column sneaky text", "drop table notification",
			"create function sneaky() returns int language sql as 'select 1'",
			"alter table audit_entry disable trigger audit_entry_no_update_or_delete", "truncate service_request_event" })
	void theApplicationRoleCannotChangeTheAuditLogNorTheSchema(String sql) {
		assertThatThrownBy(() -> {
			try (Statement s = app.createStatement()) {
				s.execute(sql);
			}
		}).isInstanceOf(SQLException.class)
			.satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(sql).isIn("42501", "42P01"));
	}

	private String query(String sql) throws SQLException {
		try (Statement s = app.createStatement(); var rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
