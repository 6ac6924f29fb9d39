package org.pomegranate.safety.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.safety.SafetyModel.Campaign;
import org.pomegranate.safety.SafetyModel.CampaignSummary;
import org.pomegranate.safety.SafetyModel.ChecklistItem;
import org.pomegranate.safety.SafetyModel.Inspection;
import org.pomegranate.safety.SafetyModel.InspectionStatus;
import org.pomegranate.safety.SafetyModel.PlaceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Campaigns, their units and checklist, and the inspection tasks under them. */
@Repository
public class CampaignRepository {

	/** A campaign is visible when it screens a unit the caller sees or sits above, or the caller's units made it. */
	private static final String VISIBLE = """
			(c.owner_unit_id = any(:scope) or exists (select 1 from safety_campaign_unit cu
			  where cu.campaign_id = c.id and cu.unit_id = any(:visible)))""";

	private final JdbcClient jdbc;

	CampaignRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, String theme, LocalDate startsOn, LocalDate endsOn, UUID ownerUnitId, String by,
			Instant at, List<UUID> units, List<String> checklist) {
		jdbc.sql("""
				insert into safety_campaign (id, theme, starts_on, ends_on, owner_unit_id, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, theme, startsOn, endsOn, ownerUnitId, by, Timestamp.from(at)).update();
		for (UUID unit : units) {
			jdbc.sql("insert into safety_campaign_unit (campaign_id, unit_id) values (?, ?)").params(id, unit).update();
		}
		for (int i = 0; i < checklist.size(); i++) {
			jdbc.sql("insert into safety_checklist_item (id, campaign_id, position, text) values (?, ?, ?, ?)")
				.params(UUID.randomUUID(), id, i + 1, checklist.get(i)).update();
		}
	}

	public Optional<Campaign> find(UUID id, UUID[] scope, UUID[] visible) {
		return jdbc.sql("select c.* from safety_campaign c where c.id = :id and " + VISIBLE).param("id", id)
			.param("scope", scope).param("visible", visible)
			.query((rs, n) -> new Campaign(id, rs.getString("theme"), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ends_on", LocalDate.class), rs.getObject("owner_unit_id", UUID.class),
					units(id), checklist(id), rs.getTimestamp("created_at").toInstant()))
			.optional();
	}

	public List<UUID> units(UUID campaignId) {
		return jdbc.sql("select unit_id from safety_campaign_unit where campaign_id = ? order by unit_id")
			.param(campaignId).query(UUID.class).list();
	}

	public List<ChecklistItem> checklist(UUID campaignId) {
		return jdbc.sql("select * from safety_checklist_item where campaign_id = ? order by position")
			.param(campaignId)
			.query((rs, n) -> new ChecklistItem(rs.getObject("id", UUID.class), rs.getInt("position"),
					rs.getString("text")))
			.list();
	}

	/** Newest first, from a keyset cursor (the id of the last one seen), with figures over tasks in scope. */
	public List<CampaignSummary> list(UUID[] scope, UUID[] visible, String theme, UUID after, int limit) {
		return jdbc.sql("""
				select c.id, c.theme, c.starts_on, c.ends_on, c.created_at,
				  (select count(*) from safety_inspection i where i.campaign_id = c.id and i.unit_id = any(:scope)) tasks,
				  (select count(*) from safety_inspection i where i.campaign_id = c.id and i.unit_id = any(:scope)
				     and i.status = 'DONE') done,
				  (select count(*) from safety_finding f join safety_inspection i on i.id = f.inspection_id
				     where i.campaign_id = c.id and i.unit_id = any(:scope)) findings,
				  (select count(*) from safety_finding f join safety_inspection i on i.id = f.inspection_id
				     where i.campaign_id = c.id and i.unit_id = any(:scope) and f.status <> 'CLOSED') open
				from safety_campaign c
				where """ + VISIBLE + """
				  and (cast(:theme as text) is null or c.theme ilike '%' || cast(:theme as text) || '%')
				  and (cast(:after as uuid) is null or (c.created_at, c.id) < (select created_at, id from safety_campaign
				       where id = cast(:after as uuid)))
				order by c.created_at desc, c.id desc limit :limit""")
			.param("scope", scope).param("visible", visible).param("theme", theme).param("after", after)
			.param("limit", limit)
			.query((rs, n) -> new CampaignSummary(rs.getObject("id", UUID.class), rs.getString("theme"),
					rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
					rs.getLong("tasks"), rs.getLong("done"), rs.getLong("findings"), rs.getLong("open"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	// ---- inspections ----------------------------------------------------------------------------

	public void insertInspection(UUID id, UUID campaignId, PlaceKind kind, UUID placeId, String label, UUID unitId,
			Instant at) {
		jdbc.sql("""
				insert into safety_inspection (id, campaign_id, place_kind, place_id, place_label, unit_id, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, campaignId, kind.name(), placeId, label, unitId, Timestamp.from(at)).update();
	}

	public Optional<Inspection> inspection(UUID id, UUID[] scope) {
		return jdbc.sql(INSPECTIONS + " where i.id = ? and i.unit_id = any(?)").params(id, scope)
			.query(this::inspection).optional();
	}

	/** Tasks in scope, filtered by campaign and status, newest first from a keyset cursor. */
	public List<Inspection> inspections(UUID[] scope, UUID campaignId, InspectionStatus status, UUID after,
			int limit) {
		return jdbc.sql(INSPECTIONS + """
				 where i.unit_id = any(:scope)
				  and (cast(:campaign as uuid) is null or i.campaign_id = cast(:campaign as uuid))
				  and (cast(:status as text) is null or i.status = cast(:status as text))
				  and (cast(:after as uuid) is null or (i.created_at, i.id) < (select created_at, id
				       from safety_inspection where id = cast(:after as uuid)))
				order by i.created_at desc, i.id desc limit :limit""")
			.param("scope", scope).param("campaign", campaignId).param("status", status == null ? null : status.name())
			.param("after", after).param("limit", limit).query(this::inspection).list();
	}

	/** Marks a planned task done; false when it was done already (someone else, a moment before). */
	public boolean complete(UUID id, String by, String note, Instant at) {
		return jdbc.sql("""
				update safety_inspection set status = 'DONE', done_at = ?, done_by = ?, note = ?
				where id = ? and status = 'PLANNED'""")
			.params(Timestamp.from(at), by, note, id).update() == 1;
	}

	/** Locks a task so that no finding is added while it is being completed. */
	public Optional<InspectionStatus> lockStatus(UUID id) {
		return jdbc.sql("select status from safety_inspection where id = ? for update").param(id)
			.query((rs, n) -> InspectionStatus.valueOf(rs.getString(1))).optional();
	}

	private static final String INSPECTIONS = """
			select i.*, c.theme from safety_inspection i join safety_campaign c on c.id = i.campaign_id""";

	private Inspection inspection(ResultSet rs, int n) throws SQLException {
		Timestamp done = rs.getTimestamp("done_at");
		return new Inspection(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
				rs.getString("theme"), PlaceKind.valueOf(rs.getString("place_kind")), rs.getObject("place_id", UUID.class),
				rs.getString("place_label"), rs.getObject("unit_id", UUID.class),
				InspectionStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
				done == null ? null : done.toInstant(), rs.getString("done_by"), rs.getString("note"));
	}

	/** The grid and label of a building (the registry's table; read only). */
	public Optional<Place> building(UUID id) {
		return jdbc.sql("""
				select b.grid_id, c.name || ' ' || b.name from building b join compound c on c.id = b.compound_id
				where b.id = ?""").param(id)
			.query((rs, n) -> new Place(rs.getObject(1, UUID.class), rs.getString(2))).optional();
	}

	/** Where a place is kept and what it is called. */
	public record Place(UUID unitId, String label) {
	}
}
