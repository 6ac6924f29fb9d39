package org.pomegranate.facilities.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.facilities.Facility;
import org.pomegranate.facilities.FacilityKind;
import org.pomegranate.facilities.FacilitySummary;
import org.pomegranate.facilities.Room;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores facilities, their rooms and photos. */
@Repository
public class FacilityRepository {

	private final JdbcClient jdbc;

	FacilityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The fields a facility is created or edited with, already checked. */
	public record Fields(UUID unitId, FacilityKind kind, String name, String address, String phone, LocalTime opensAt,
			LocalTime closesAt, Set<DayOfWeek> openDays, String accessibility, String description) {
	}

	public void insert(UUID id, Fields f, Instant at) {
		jdbc.sql("""
				insert into facility (id, unit_id, kind, name, address, phone, opens_at, closes_at, open_days,
				    accessibility, description, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, f.unitId(), f.kind().name(), f.name(), f.address(), f.phone(), f.opensAt(), f.closesAt(),
					mask(f.openDays()), f.accessibility(), f.description(), Timestamp.from(at))
			.update();
	}

	/** Changes the facility when it still has {@code version}; false when someone changed it meanwhile. */
	public boolean update(UUID id, int version, Fields f) {
		return jdbc.sql("""
				update facility set unit_id = ?, kind = ?, name = ?, address = ?, phone = ?, opens_at = ?, closes_at = ?,
				    open_days = ?, accessibility = ?, description = ?, version = version + 1
				where id = ? and version = ?""")
			.params(f.unitId(), f.kind().name(), f.name(), f.address(), f.phone(), f.opensAt(), f.closesAt(),
					mask(f.openDays()), f.accessibility(), f.description(), id, version)
			.update() == 1;
	}

	public void insertRoom(UUID id, UUID facilityId, String name, int capacity, String equipment) {
		jdbc.sql("insert into facility_room (id, facility_id, name, capacity, equipment) values (?, ?, ?, ?, ?)")
			.params(id, facilityId, name, capacity, equipment).update();
	}

	public Optional<Facility> find(UUID id) {
		return jdbc.sql("""
				select f.*, u.name_zh, u.name_en from facility f join org_unit u on u.id = f.unit_id where f.id = ?""")
			.param(id).query((rs, n) -> facility(rs, rooms(id), photos(id))).optional();
	}

	/** The facility of a room with the room's id, so that one read answers "whose room is this". */
	public Optional<UUID> facilityOfRoom(UUID roomId) {
		return jdbc.sql("select facility_id from facility_room where id = ?").param(roomId).query(UUID.class).optional();
	}

	public List<Room> rooms(UUID facilityId) {
		return jdbc.sql("select * from facility_room where facility_id = ? order by name, id").param(facilityId)
			.query(FacilityRepository::room).list();
	}

	/**
	 * One page of facilities by name, after the keyset ({@code afterName}, {@code afterId}) when given.
	 *
	 * @param units   the caller's scope, or {@code null} for every facility (residents)
	 * @param within  only facilities in this unit's subtree, or {@code null}
	 */
	public List<FacilitySummary> page(UUID[] units, UUID within, FacilityKind kind, String afterName, UUID afterId,
			int limit) {
		return jdbc.sql("""
				select f.id, f.unit_id, f.kind, f.name, f.address, u.name_zh, u.name_en,
				       (select count(*) from facility_room r where r.facility_id = f.id) as rooms
				from facility f join org_unit u on u.id = f.unit_id
				where (cast(? as uuid[]) is null or f.unit_id = any(?))
				  and (cast(? as uuid) is null
				       or u.path like (select w.path from org_unit w where w.id = ?) || '%')
				  and (cast(? as varchar) is null or f.kind = ?)
				  and (cast(? as varchar) is null or (f.name, f.id) > (?, ?))
				order by f.name, f.id limit ?""")
			.params(units, units, within, within, kind == null ? null : kind.name(), kind == null ? null : kind.name(),
					afterName, afterName, afterId, limit)
			.query((rs, n) -> new FacilitySummary(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
					unitName(rs), FacilityKind.valueOf(rs.getString("kind")), rs.getString("name"),
					rs.getString("address"), rs.getInt("rooms")))
			.list();
	}

	public void insertPhoto(UUID id, UUID facilityId, String contentType, byte[] content, String sha256, String by,
			Instant at) {
		jdbc.sql("""
				insert into facility_photo (id, facility_id, content_type, size_bytes, sha256, content, uploaded_at, uploaded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, facilityId, contentType, content.length, sha256, content, Timestamp.from(at), by).update();
	}

	public int photoCount(UUID facilityId) {
		return jdbc.sql("select count(*) from facility_photo where facility_id = ?").param(facilityId)
			.query(Integer.class).single();
	}

	/** A photo's type and bytes. */
	public record Photo(String contentType, byte[] content) {
	}

	public Optional<Photo> photo(UUID facilityId, UUID photoId) {
		return jdbc.sql("select content_type, content from facility_photo where facility_id = ? and id = ?")
			.params(facilityId, photoId)
			.query((rs, n) -> new Photo(rs.getString("content_type"), rs.getBytes("content"))).optional();
	}

	private List<UUID> photos(UUID facilityId) {
		return jdbc.sql("select id from facility_photo where facility_id = ? order by uploaded_at, id")
			.param(facilityId).query(UUID.class).list();
	}

	private static Facility facility(ResultSet rs, List<Room> rooms, List<UUID> photos) throws SQLException {
		return new Facility(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class), unitName(rs),
				FacilityKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("address"),
				rs.getString("phone"), rs.getObject("opens_at", LocalTime.class),
				rs.getObject("closes_at", LocalTime.class), days(rs.getInt("open_days")), rs.getString("accessibility"),
				rs.getString("description"), rs.getInt("version"), rooms, photos);
	}

	private static Room room(ResultSet rs, int n) throws SQLException {
		return new Room(rs.getObject("id", UUID.class), rs.getObject("facility_id", UUID.class), rs.getString("name"),
				rs.getInt("capacity"), rs.getString("equipment"));
	}

	private static String unitName(ResultSet rs) throws SQLException {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? rs.getString("name_en")
				: rs.getString("name_zh");
	}

	static int mask(Set<DayOfWeek> days) {
		return days.stream().mapToInt(d -> 1 << (d.getValue() - 1)).sum();
	}

	static Set<DayOfWeek> days(int mask) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (DayOfWeek d : DayOfWeek.values()) {
			if ((mask & (1 << (d.getValue() - 1))) != 0) {
				days.add(d);
			}
		}
		return days;
	}
}
