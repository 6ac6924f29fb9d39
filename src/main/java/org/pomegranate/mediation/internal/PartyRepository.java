package org.pomegranate.mediation.internal;

import java.util.List;
import java.util.UUID;

import org.pomegranate.mediation.PartySide;
import org.pomegranate.privacy.FieldCipher;
import org.pomegranate.privacy.Masking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The parties of cases. An outside person's phone is sealed, bound to its row, and only ever shown masked. */
@Repository
public class PartyRepository {

	static final String TABLE = "mediation_party";
	static final String PHONE = "phone_cipher";

	private final JdbcClient jdbc;
	private final FieldCipher cipher;

	PartyRepository(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** A party as stored: {@code maskedPhone} is already masked. */
	public record StoredParty(int position, PartySide side, UUID residentId, String name, String maskedPhone) {
	}

	public void insert(UUID caseId, int position, PartySide side, UUID residentId, String name, String phone) {
		UUID id = UUID.randomUUID();
		String sealed = phone == null ? null : cipher.encrypt(phone, FieldCipher.at(TABLE, PHONE, id));
		jdbc.sql("insert into mediation_party (id, case_id, position, side, resident_id, name, phone_cipher) "
				+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(id, caseId, position, side.name(), residentId, name, sealed).update();
	}

	public List<StoredParty> of(UUID caseId) {
		return jdbc.sql("select id, position, side, resident_id, name, phone_cipher from mediation_party "
				+ "where case_id = ? order by position").param(caseId)
			.query((rs, n) -> {
				String sealed = rs.getString(PHONE);
				String phone = sealed == null ? null
						: cipher.decrypt(sealed, FieldCipher.at(TABLE, PHONE, rs.getObject("id", UUID.class)));
				return new StoredParty(rs.getInt("position"), PartySide.valueOf(rs.getString("side")),
						rs.getObject("resident_id", UUID.class), rs.getString("name"),
						phone == null ? null : Masking.phone(phone));
			}).list();
	}

	/** The registered residents among a case's parties: each view is audited once for each of them. */
	public List<UUID> residentsOf(UUID caseId) {
		return jdbc.sql("select resident_id from mediation_party where case_id = ? and resident_id is not null "
				+ "order by position").param(caseId).query(UUID.class).list();
	}
}
