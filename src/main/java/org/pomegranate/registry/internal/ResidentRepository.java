package org.pomegranate.registry.internal;

import static org.pomegranate.registry.internal.RegistrySql.ADDRESS;
import static org.pomegranate.registry.internal.RegistrySql.enums;
import static org.pomegranate.registry.internal.RegistrySql.localDate;
import static org.pomegranate.registry.internal.RegistrySql.names;
import static org.pomegranate.registry.internal.RegistrySql.sqlDate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.pomegranate.privacy.FieldCipher;
import org.pomegranate.privacy.Masking;
import org.pomegranate.registry.Gender;
import org.pomegranate.registry.Language;
import org.pomegranate.registry.NewcomerNeed;
import org.pomegranate.registry.ResidentDetails;
import org.pomegranate.registry.ResidentStatus;
import org.pomegranate.registry.ResidentSummary;
import org.pomegranate.registry.SupportNeed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Residents and their residences. Reads for staff take the scope's unit ids and filter on the
 * building's grid, so an out-of-scope resident is simply not found.
 */
@Repository
public class ResidentRepository {

	private final JdbcClient jdbc;
	private final FieldCipher phones;

	ResidentRepository(JdbcClient jdbc, FieldCipher phones) {
		this.jdbc = jdbc;
		this.phones = phones;
	}

	static final String RESIDENT_SUMMARY = "select r.id, r.name, r.gender, r.birth_date, r.phone_cipher, "
			+ "r.household_id, r.status, " + ADDRESS + " as address "
			+ "from resident r join household h on h.id = r.household_id join building b on b.id = h.building_id "
			+ "join compound c on c.id = b.compound_id";

	public void insertResident(UUID id, StoredResident r, LocalDate since) {
		jdbc.sql("""
				insert into resident (id, household_id, name, gender, birth_date, phone_cipher, phone_suffix_hash,
				  id_number_cipher, id_number_hash, ethnicity_cipher, preferred_language, support_needs, newcomer, newcomer_needs)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, r.householdId(), r.name(), r.gender().name(), sqlDate(r.birthDate()), r.phoneCipher(),
					r.phoneSuffixHash(), r.idNumberCipher(), r.idNumberHash(), r.ethnicityCipher(),
					r.preferredLanguage().code(), names(r.supportNeeds()), r.newcomer(), names(r.newcomerNeeds()))
			.update();
		openResidence(id, r.householdId(), since);
	}

	/** Starts a stay at the household's current address. */
	private void openResidence(UUID residentId, UUID householdId, LocalDate since) {
		jdbc.sql("insert into residence (id, resident_id, household_id, address, started_on) select ?, ?, h.id, "
				+ ADDRESS + """
				, ? from household h join building b on b.id = h.building_id join compound c on c.id = b.compound_id
				where h.id = ?""")
			.params(UUID.randomUUID(), residentId, sqlDate(since), householdId).update();
	}

	/**
	 * After a household moved: its members' stays at the old address end and new ones begin at
	 * the new address, so each resident's history keeps both.
	 */
	public void householdMoved(UUID householdId, LocalDate on) {
		// only the stays this statement closed: a member who moved out meanwhile is not brought back
		List<UUID> members = jdbc.sql("""
				update residence set ended_on = ?, end_reason = 'HOUSEHOLD_MOVED'
				where household_id = ? and ended_on is null returning resident_id""")
			.params(sqlDate(on), householdId).query(UUID.class).list();
		members.forEach(resident -> openResidence(resident, householdId, on));
	}

	/** The day the resident's current stay began; empty when they no longer live anywhere here. */
	public Optional<LocalDate> currentResidenceStart(UUID residentId) {
		return jdbc.sql("select started_on from residence where resident_id = ? and ended_on is null")
			.param(residentId).query((rs, n) -> localDate(rs, "started_on")).optional();
	}

	public int updateResident(UUID id, StoredResident r) {
		return jdbc.sql("""
				update resident set name = ?, gender = ?, birth_date = ?, phone_cipher = ?, phone_suffix_hash = ?,
				  id_number_cipher = ?, id_number_hash = ?, ethnicity_cipher = ?, preferred_language = ?, support_needs = ?,
				  newcomer = ?, newcomer_needs = ?, updated_at = now(), version = version + 1
				where id = ?""")
			.params(r.name(), r.gender().name(), sqlDate(r.birthDate()), r.phoneCipher(), r.phoneSuffixHash(),
					r.idNumberCipher(), r.idNumberHash(), r.ethnicityCipher(), r.preferredLanguage().code(),
					names(r.supportNeeds()), r.newcomer(), names(r.newcomerNeeds()), id)
			.update();
	}

	/** The resident's version, with the row locked until the transaction ends. */
	public Optional<Integer> lockVersion(UUID id) {
		return jdbc.sql("select version from resident where id = ? for update").param(id).query(Integer.class).optional();
	}

	/** The grid of the resident (other than the one named) who holds the ID number, if any. */
	public Optional<UUID> gridOfIdNumberHolder(String hash, UUID exceptResident) {
		return jdbc.sql("""
				select b.grid_id from resident r join household h on h.id = r.household_id
				join building b on b.id = h.building_id where r.id_number_hash = ? and r.id <> ? limit 1""")
			.params(hash, exceptResident == null ? new UUID(0, 0) : exceptResident).query(UUID.class).optional();
	}

	/** Closes the current residence and marks the resident; nothing is deleted. */
	public void endResidence(UUID residentId, String status, LocalDate on) {
		jdbc.sql("update residence set ended_on = ?, end_reason = ? where resident_id = ? and ended_on is null")
			.params(sqlDate(on), status, residentId).update();
		jdbc.sql("update resident set status = ?, ended_on = ?, updated_at = now(), version = version + 1 where id = ?")
			.params(status, sqlDate(on), residentId).update();
	}

	public void moveResident(UUID residentId, UUID householdId, LocalDate on) {
		jdbc.sql("update residence set ended_on = ?, end_reason = 'MOVED_WITHIN' where resident_id = ? and ended_on is null")
			.params(sqlDate(on), residentId).update();
		openResidence(residentId, householdId, on);
		jdbc.sql("update resident set household_id = ?, updated_at = now(), version = version + 1 where id = ?")
			.params(householdId, residentId).update();
	}

	/** The resident's row with ciphertexts, for reveal and for edits; empty when out of scope. */
	public Optional<StoredResident> stored(UUID id, UUID[] scope) {
		return jdbc.sql("""
				select r.* from resident r join household h on h.id = r.household_id join building b on b.id = h.building_id
				where r.id = ? and b.grid_id = any(?)""")
			.params(id, scope).query(this::stored).optional();
	}

	/** Sets or clears (with {@code null}) a resident's self-declared ethnicity, already encrypted. */
	public void updateEthnicity(UUID id, String ethnicityCipher) {
		jdbc.sql("update resident set ethnicity_cipher = ?, version = version + 1 where id = ?")
			.params(ethnicityCipher, id).update();
	}

	/** The resident's row by id alone: for her own page, where she is the one signed in. */
	public Optional<StoredResident> storedById(UUID id) {
		return jdbc.sql("select r.* from resident r where r.id = ?").param(id).query(this::stored).optional();
	}

	/** The resident's own record, for their "my data" page: no scope involved. */
	public Optional<ResidentDetails> details(UUID id, Function<StoredResident, String[]> masks) {
		return jdbc.sql("select r.*, b.grid_id, " + ADDRESS + " as address " + """
				from resident r join household h on h.id = r.household_id join building b on b.id = h.building_id
				join compound c on c.id = b.compound_id where r.id = ?""")
			.param(id)
			.query((rs, n) -> {
				StoredResident s = stored(rs, n);
				String[] masked = masks.apply(s);
				return new ResidentDetails(id, s.householdId(), rs.getString("address"),
						rs.getObject("grid_id", UUID.class), s.name(), s.gender(), s.birthDate().getYear(), masked[0], masked[1],
						s.preferredLanguage(), s.supportNeeds(), s.newcomer(),
						s.newcomerNeeds(), ResidentStatus.valueOf(rs.getString("status")), localDate(rs, "ended_on"),
						residences(id), rs.getInt("version"));
			})
			.optional();
	}

	private List<ResidentDetails.Residence> residences(UUID residentId) {
		return jdbc.sql("""
				select household_id, address, started_on, ended_on, end_reason from residence
				where resident_id = ? order by started_on desc, ended_on desc nulls first""")
			.param(residentId)
			.query((rs, n) -> new ResidentDetails.Residence(rs.getObject(1, UUID.class), rs.getString(2),
					localDate(rs, "started_on"), localDate(rs, "ended_on"), rs.getString("end_reason")))
			.list();
	}

	ResidentSummary summary(ResultSet rs, int n) throws SQLException {
		return new ResidentSummary(rs.getObject("id", UUID.class), rs.getString("name"),
				Gender.valueOf(rs.getString("gender")), localDate(rs, "birth_date").getYear(),
				Masking.phone(phones.decrypt(rs.getString("phone_cipher"),
						ResidentSealer.place(rs.getObject("id", UUID.class), ResidentSealer.PHONE))), rs.getObject("household_id", UUID.class),
				rs.getString("address"), ResidentStatus.valueOf(rs.getString("status")));
	}

	private StoredResident stored(ResultSet rs, int n) throws SQLException {
		return new StoredResident(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
				rs.getString("name"),
				Gender.valueOf(rs.getString("gender")), localDate(rs, "birth_date"), rs.getString("phone_cipher"),
				rs.getString("phone_suffix_hash"), rs.getString("id_number_cipher"), rs.getString("id_number_hash"),
				rs.getString("ethnicity_cipher"), Language.ofCode(rs.getString("preferred_language")),
				enums(rs.getArray("support_needs"), SupportNeed.class), rs.getBoolean("newcomer"),
				enums(rs.getArray("newcomer_needs"), NewcomerNeed.class));
	}

	public List<ResidentSummary> ofHousehold(UUID householdId) {
		return jdbc.sql(RESIDENT_SUMMARY + " where r.household_id = ? order by r.status, r.birth_date")
			.param(householdId).query(this::summary).list();
	}
}
