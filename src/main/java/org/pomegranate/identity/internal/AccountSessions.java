package org.pomegranate.identity.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every signed-in session of an account, on every instance: sessions live in the database
 * (Spring Session JDBC), indexed by the name of the signed-in account. Called when the password is
 * reset or changed, and when the account is locked, disabled or given another role, so that nobody
 * goes on working with what the account used to be.
 */
@Component
public class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Ends them all; returns how many there were. */
	public int endAll(String username) {
		var found = sessions.findByPrincipalName(username);
		found.keySet().forEach(sessions::deleteById);
		return found.size();
	}

	/** Ends them all but the one the caller keeps (the person who just changed their own password). */
	public int endOthers(String username, String keepSessionId) {
		var found = sessions.findByPrincipalName(username);
		found.keySet().stream().filter(id -> !id.equals(keepSessionId)).forEach(sessions::deleteById);
		return (int) found.keySet().stream().filter(id -> !id.equals(keepSessionId)).count();
	}
}
