package org.pomegranate.identity.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.shared.web.ExportHeaders;
import org.pomegranate.shared.web.TableExports;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's accounts list as Excel or CSV, with the same search; never a password hash. */
@Controller
class AccountExportController {

	private final IdentityManagement identity;
	private final TableExports exports;
	private final ExportHeaders headers;

	AccountExportController(IdentityManagement identity, TableExports exports, ExportHeaders headers) {
		this.identity = identity;
		this.exports = exports;
		this.headers = headers;
	}

	@GetMapping("/admin/accounts/export")
	void accounts(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "xlsx") String format,
			HttpServletResponse response) throws IOException {
		identity.require(Permission.MANAGE_ACCOUNTS);
		exports.send(TableExports.Format.of(format), "ACCOUNT", headers.of("username", "displayName", "role", "locked"),
				identity.findAccounts(q, TableExports.MAX_ROWS).stream()
					.<List<?>>map(a -> List.of(a.username(), a.displayName(), a.role().name(),
							a.lockedAt(identity.now()) ? "✓" : ""))
					.iterator(),
				"q=" + q, response);
	}
}
