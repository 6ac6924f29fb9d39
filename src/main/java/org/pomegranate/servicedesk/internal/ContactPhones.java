package org.pomegranate.servicedesk.internal;

import java.util.List;

import org.pomegranate.privacy.SealedColumns;
import org.springframework.stereotype.Component;

/** The requester's contact phone is the service desk's one sealed column: the key rotation rewrites it too. */
@Component
class ContactPhones implements SealedColumns {

	@Override
	public String table() {
		return "service_request";
	}

	@Override
	public List<String> columns() {
		return List.of("contact_phone_cipher");
	}
}
