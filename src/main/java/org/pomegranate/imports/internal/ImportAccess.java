package org.pomegranate.imports.internal;

import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Role;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may import: the administrator anywhere, a county officer within their county. Everyone
 * else is refused; another person's import looks like one that does not exist.
 */
@Component
public class ImportAccess {

	private final IdentityManagement identity;

	ImportAccess(IdentityManagement identity) {
		this.identity = identity;
	}

	public CurrentUser requireImporter() {
		CurrentUser user = identity.currentUser();
		if (!mayImport(user)) {
			throw new ForbiddenException("imports");
		}
		return user;
	}

	public static boolean mayImport(CurrentUser user) {
		return user.role() == Role.SYSTEM_ADMIN || user.role() == Role.COUNTY_OFFICER;
	}

	/** The administrator sees every import; a county officer their own. */
	public ImportJobs.Stored requireVisible(ImportJobs.Stored job) {
		CurrentUser user = requireImporter();
		if (user.role() != Role.SYSTEM_ADMIN && !user.username().equals(job.username())) {
			throw new NotFoundException("import");
		}
		return job;
	}

	/** Whose imports a list shows: {@code null} for all. */
	public String listedUser() {
		CurrentUser user = requireImporter();
		return user.role() == Role.SYSTEM_ADMIN ? null : user.username();
	}
}
