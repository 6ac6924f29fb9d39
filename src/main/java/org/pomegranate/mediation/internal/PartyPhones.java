package org.pomegranate.mediation.internal;

import java.util.List;

import org.pomegranate.privacy.SealedColumns;
import org.springframework.stereotype.Component;

/** An outside party's phone is mediation's one sealed column: the key rotation rewrites it too. */
@Component
class PartyPhones implements SealedColumns {

	@Override
	public String table() {
		return PartyRepository.TABLE;
	}

	@Override
	public List<String> columns() {
		return List.of(PartyRepository.PHONE);
	}
}
