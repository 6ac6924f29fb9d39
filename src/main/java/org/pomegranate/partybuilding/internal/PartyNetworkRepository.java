package org.pomegranate.partybuilding.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.pomegranate.partybuilding.Cadre;
import org.pomegranate.partybuilding.Network;
import org.pomegranate.partybuilding.VanguardTeam;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations, cadre registrations and vanguard teams; buildings are read from the registry's tables. */
@Repository
public class PartyNetworkRepository {

	/** A building with the grid and community it lies in. */
	public record BuildingPlace(UUID id, String name, UUID gridId, UUID communityId) {
	}

	private final JdbcClient jdbc;

	PartyNetworkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates the organisation of a unit or building, or renames it and sets its leader. */
	public void upsert(UUID communityId, UUID unitId, UUID buildingId, String kind, String name, UUID leaderId,
			Instant at) {
		String conflict = unitId != null ? "(unit_id) where unit_id is not null" : "(building_id) where building_id is not null";
		jdbc.sql("""
				insert into party_organization (id, community_id, unit_id, building_id, kind, name, leader_id, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict %s do update set name = excluded.name, leader_id = excluded.leader_id""".formatted(conflict))
			.params(UUID.randomUUID(), communityId, unitId, buildingId, kind, name, leaderId, Timestamp.from(at)).update();
	}

	/** The organisations of a community, by the unit or building that carries them. */
	public Map<UUID, Network.Organization> organizationsOf(UUID communityId) {
		return jdbc.sql("""
				select o.*, a.display_name from party_organization o left join account a on a.id = o.leader_id
				where o.community_id = ?""")
			.param(communityId)
			.query((rs, n) -> Map.entry(rs.getObject("unit_id", UUID.class) != null ? rs.getObject("unit_id", UUID.class)
					: rs.getObject("building_id", UUID.class), new Network.Organization(rs.getObject("id", UUID.class),
							rs.getString("kind"), rs.getString("name"), rs.getObject("leader_id", UUID.class),
							rs.getString("display_name"))))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The buildings of these grids still in use, by compound and name. */
	public List<BuildingPlace> buildingsOf(UUID[] grids) {
		return jdbc.sql("""
				select b.id, c.name || ' ' || b.name as name, b.grid_id, c.community_id from building b
				join compound c on c.id = b.compound_id where b.grid_id = any(?) order by c.name, b.name limit 2000""")
			.param(grids).query(PartyNetworkRepository::building).list();
	}

	public Optional<BuildingPlace> building(UUID id) {
		return jdbc.sql("""
				select b.id, c.name || ' ' || b.name as name, b.grid_id, c.community_id from building b
				join compound c on c.id = b.compound_id where b.id = ?""")
			.param(id).query(PartyNetworkRepository::building).optional();
	}

	public void insertCadre(UUID id, UUID residentId, UUID communityId, LocalDate on, String offers, Instant at,
			UUID by) {
		jdbc.sql("""
				insert into cadre_registration (id, resident_id, community_id, registered_on, offers, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, residentId, communityId, Date.valueOf(on), offers, Timestamp.from(at), by).update();
	}

	public Optional<Cadre> cadre(UUID id) {
		return jdbc.sql(CADRES + " where c.id = ? and c.ended_at is null").param(id).query(PartyNetworkRepository::cadre)
			.optional();
	}

	/** Cadres of a community, the latest registered first (names whole: the caller masks them). */
	public List<Cadre> cadresOf(UUID communityId, int limit) {
		return jdbc.sql(CADRES + " where c.community_id = ? and c.ended_at is null order by c.registered_on desc, c.id limit ?")
			.params(communityId, limit).query(PartyNetworkRepository::cadre).list();
	}

	public int countCadres(UUID communityId) {
		return jdbc.sql("select count(*) from cadre_registration where community_id = ? and ended_at is null")
			.param(communityId).query(Integer.class).single();
	}

	public void insertTeam(UUID id, UUID communityId, String name, Instant at) {
		jdbc.sql("insert into vanguard_team (id, community_id, name, created_at) values (?, ?, ?, ?)")
			.params(id, communityId, name, Timestamp.from(at)).update();
	}

	public Optional<VanguardTeam> team(UUID id) {
		return jdbc.sql(TEAMS + " where t.id = ?" + GROUP).param(id).query(PartyNetworkRepository::team).optional();
	}

	public List<VanguardTeam> teamsIn(UUID[] communities, int limit) {
		return jdbc.sql(TEAMS + " where t.community_id = any(?)" + GROUP + " order by t.name, t.id limit ?").params(communities, limit)
			.query(PartyNetworkRepository::team).list();
	}

	/** Adds a member; false when she is one already. */
	public boolean addMember(UUID teamId, UUID accountId, UUID volunteerId, UUID cadreId, Instant at) {
		return jdbc.sql("""
				insert into vanguard_member (id, team_id, account_id, volunteer_id, cadre_id, joined_at)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(UUID.randomUUID(), teamId, accountId, volunteerId, cadreId, Timestamp.from(at)).update() == 1;
	}

	private static final String CADRES = """
			select c.*, r.name from cadre_registration c join resident r on r.id = c.resident_id""";

	private static final String TEAMS = """
			select t.*, count(m.account_id) as staff, count(m.volunteer_id) as volunteers, count(m.cadre_id) as cadres
			from vanguard_team t left join vanguard_member m on m.team_id = t.id""";

	private static final String GROUP = " group by t.id";

	private static BuildingPlace building(ResultSet rs, int n) throws SQLException {
		return new BuildingPlace(rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("grid_id", UUID.class),
				rs.getObject("community_id", UUID.class));
	}

	private static Cadre cadre(ResultSet rs, int n) throws SQLException {
		return new Cadre(rs.getObject("id", UUID.class), rs.getObject("resident_id", UUID.class), rs.getString("name"),
				rs.getObject("community_id", UUID.class), rs.getDate("registered_on").toLocalDate(), rs.getString("offers"));
	}

	private static VanguardTeam team(ResultSet rs, int n) throws SQLException {
		return new VanguardTeam(rs.getObject("id", UUID.class), rs.getObject("community_id", UUID.class),
				rs.getString("name"), rs.getInt("staff"), rs.getInt("volunteers"), rs.getInt("cadres"));
	}
}
