package org.pomegranate.servicedesk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.organization.OrgLevel;
import org.pomegranate.servicedesk.CategoryField;
import org.pomegranate.servicedesk.ServiceCategory;
import org.pomegranate.servicedesk.Tier;
import org.pomegranate.servicedesk.Translated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class CategoryRepository {

	private static final TypeReference<List<CategoryField>> FIELDS = new TypeReference<>() {
	};

	private static final String SELECT = """
			select id, code, name_zh, name_en, name_bo, name_mn, tier, response_minutes, resolve_minutes,
			       responsible_level, fields::text as fields, active
			from service_category""";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	CategoryRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public List<ServiceCategory> all() {
		return jdbc.sql(SELECT + " order by position").query(this::category).list();
	}

	public Optional<ServiceCategory> find(UUID id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(this::category).optional();
	}

	public Optional<ServiceCategory> findByCode(String code) {
		return jdbc.sql(SELECT + " where code = ?").param(code).query(this::category).optional();
	}

	public void updateDeadlines(UUID id, int responseMinutes, int resolveMinutes, boolean active) {
		jdbc.sql("update service_category set response_minutes = ?, resolve_minutes = ?, active = ? where id = ?")
			.params(responseMinutes, resolveMinutes, active, id).update();
	}

	private ServiceCategory category(ResultSet rs, int n) throws SQLException {
		Translated name = new Translated(Map.of("zh", rs.getString("name_zh"), "en", rs.getString("name_en"), "bo",
				rs.getString("name_bo"), "mn", rs.getString("name_mn")));
		return new ServiceCategory(rs.getObject("id", UUID.class), rs.getString("code"), name,
				Tier.valueOf(rs.getString("tier")), rs.getInt("response_minutes"), rs.getInt("resolve_minutes"),
				OrgLevel.valueOf(rs.getString("responsible_level")), json.readValue(rs.getString("fields"), FIELDS),
				rs.getBoolean("active"));
	}
}
