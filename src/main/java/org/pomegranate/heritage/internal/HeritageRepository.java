package org.pomegranate.heritage.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.heritage.HeritageModel.Category;
import org.pomegranate.heritage.HeritageModel.Inheritor;
import org.pomegranate.heritage.HeritageModel.Level;
import org.pomegranate.heritage.HeritageModel.Outreach;
import org.pomegranate.heritage.HeritageModel.OutreachForm;
import org.pomegranate.heritage.HeritageModel.OutreachKind;
import org.pomegranate.heritage.HeritageModel.Project;
import org.pomegranate.heritage.HeritageModel.Site;
import org.pomegranate.heritage.HeritageModel.SiteForm;
import org.pomegranate.heritage.HeritageModel.SiteKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Heritage projects, inheritors, outreach and cultural sites; lists by keyset, newest first. */
@Repository
public class HeritageRepository {

	private static final String PROJECTS = """
			select p.*, u.name_zh region_name,
			  (select count(*) from heritage_inheritor i where i.project_id = p.id) inheritors,
			  (select count(*) from heritage_outreach o where o.project_id = p.id) outreach
			from heritage_project p join org_unit u on u.id = p.region_id""";

	private final JdbcClient jdbc;

	HeritageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insertProject(UUID id, String name, Category category, Level level, UUID region, String description,
			List<String> media, Instant at) {
		jdbc.sql("""
				insert into heritage_project (id, name, category, level, region_id, description, media, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, name, category.name(), level.name(), region, description, media.toArray(String[]::new),
					Timestamp.from(at))
			.update();
	}

	public Optional<Project> project(UUID id, UUID[] visible) {
		return jdbc.sql(PROJECTS + " where p.id = ? and p.region_id = any(?)").params(id, visible)
			.query(this::project).optional();
	}

	public List<Project> projects(UUID[] visible, Category category, Level level, String name, UUID after,
			int limit) {
		return jdbc.sql(PROJECTS + """
				 where p.region_id = any(:visible)
				  and (cast(:category as text) is null or p.category = cast(:category as text))
				  and (cast(:level as text) is null or p.level = cast(:level as text))
				  and (cast(:name as text) is null or p.name ilike '%' || cast(:name as text) || '%')
				  and (cast(:after as uuid) is null or (p.created_at, p.id) < (select created_at, id
				       from heritage_project where id = cast(:after as uuid)))
				order by p.created_at desc, p.id desc limit :limit""")
			.param("visible", visible).param("category", category == null ? null : category.name())
			.param("level", level == null ? null : level.name()).param("name", name).param("after", after)
			.param("limit", limit).query(this::project).list();
	}

	public void insertInheritor(UUID id, UUID project, String name, Level level, Instant at) {
		jdbc.sql("insert into heritage_inheritor (id, project_id, name, level, created_at) values (?, ?, ?, ?, ?)")
			.params(id, project, name, level.name(), Timestamp.from(at)).update();
	}

	public List<Inheritor> inheritors(UUID[] visible, UUID project, Level level, UUID after, int limit) {
		return jdbc.sql("""
				select i.*, p.name project_name from heritage_inheritor i join heritage_project p on p.id = i.project_id
				where p.region_id = any(:visible)
				  and (cast(:project as uuid) is null or i.project_id = cast(:project as uuid))
				  and (cast(:level as text) is null or i.level = cast(:level as text))
				  and (cast(:after as uuid) is null or (i.created_at, i.id) < (select created_at, id
				       from heritage_inheritor where id = cast(:after as uuid)))
				order by i.created_at desc, i.id desc limit :limit""")
			.param("visible", visible).param("project", project).param("level", level == null ? null : level.name())
			.param("after", after).param("limit", limit)
			.query((rs, n) -> new Inheritor(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
					rs.getString("project_name"), rs.getString("name"), Level.valueOf(rs.getString("level"))))
			.list();
	}

	public void insertOutreach(UUID id, UUID project, OutreachForm form, String place, String note, Instant at) {
		jdbc.sql("""
				insert into heritage_outreach (id, project_id, kind, held_on, place, audience, note, activity_id,
				    created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, project, form.kind().name(), form.heldOn(), place, form.audience(), note, form.activityId(),
					Timestamp.from(at))
			.update();
	}

	public List<Outreach> outreach(UUID project) {
		return jdbc.sql("select * from heritage_outreach where project_id = ? order by held_on desc, id").param(project)
			.query((rs, n) -> new Outreach(rs.getObject("id", UUID.class), project,
					OutreachKind.valueOf(rs.getString("kind")), rs.getObject("held_on", LocalDate.class),
					rs.getString("place"), rs.getInt("audience"), rs.getString("note"),
					rs.getObject("activity_id", UUID.class)))
			.list();
	}

	public void insertSite(UUID id, SiteForm form, String name, String address, String offers, String hours,
			String description, Instant at) {
		jdbc.sql("""
				insert into cultural_site (id, kind, name, unit_id, address, offers, opening_hours, description,
				    created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, form.kind().name(), name, form.unitId(), address, offers, hours, description,
					Timestamp.from(at))
			.update();
	}

	private static final String SITES = """
			select s.*, u.name_zh unit_name from cultural_site s join org_unit u on u.id = s.unit_id""";

	public Optional<Site> site(UUID id, UUID[] visible) {
		return jdbc.sql(SITES + " where s.id = ? and s.unit_id = any(?)").params(id, visible).query(this::site)
			.optional();
	}

	public List<Site> sites(UUID[] visible, SiteKind kind, UUID after, int limit) {
		return jdbc.sql(SITES + """
				 where s.unit_id = any(:visible)
				  and (cast(:kind as text) is null or s.kind = cast(:kind as text))
				  and (cast(:after as uuid) is null or (s.created_at, s.id) < (select created_at, id
				       from cultural_site where id = cast(:after as uuid)))
				order by s.created_at desc, s.id desc limit :limit""")
			.param("visible", visible).param("kind", kind == null ? null : kind.name()).param("after", after)
			.param("limit", limit).query(this::site).list();
	}

	private Project project(ResultSet rs, int n) throws SQLException {
		Array media = rs.getArray("media");
		return new Project(rs.getObject("id", UUID.class), rs.getString("name"),
				Category.valueOf(rs.getString("category")), Level.valueOf(rs.getString("level")),
				rs.getObject("region_id", UUID.class), rs.getString("region_name"), rs.getString("description"),
				media == null ? List.of() : Arrays.asList((String[]) media.getArray()), rs.getLong("inheritors"),
				rs.getLong("outreach"), rs.getTimestamp("created_at").toInstant());
	}

	private Site site(ResultSet rs, int n) throws SQLException {
		return new Site(rs.getObject("id", UUID.class), SiteKind.valueOf(rs.getString("kind")), rs.getString("name"),
				rs.getObject("unit_id", UUID.class), rs.getString("unit_name"), rs.getString("address"),
				rs.getString("offers"), rs.getString("opening_hours"), rs.getString("description"),
				rs.getTimestamp("created_at").toInstant());
	}
}
