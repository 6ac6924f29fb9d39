package org.pomegranate.registry;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.pomegranate.privacy.FieldCipher;
import org.pomegranate.registry.internal.ResidentSealer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many self-declared groups a set of residents spans, for figures that are only ever published in
 * aggregate (the share of activities that brought two or more groups together). It answers a number,
 * never who declared what; residents who declared nothing are not counted.
 */
@Service
@Transactional(readOnly = true)
public class GroupMix {

	private final JdbcClient jdbc;
	private final FieldCipher cipher;

	GroupMix(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** The number of distinct declared ethnicities among these residents. */
	public int declaredGroups(Collection<UUID> residentIds) {
		if (residentIds.isEmpty()) {
			return 0;
		}
		Set<String> groups = new HashSet<>();
		jdbc.sql("select id, ethnicity_cipher from resident where id = any(?) and ethnicity_cipher is not null")
			.param(residentIds.toArray(UUID[]::new))
			.query(rs -> {
				UUID id = rs.getObject(1, UUID.class);
				groups.add(cipher.decrypt(rs.getString(2), ResidentSealer.place(id, ResidentSealer.ETHNICITY)));
			});
		return groups.size();
	}
}
