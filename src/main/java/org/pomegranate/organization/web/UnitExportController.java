package org.pomegranate.organization.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.identity.Role;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.shared.web.ExportHeaders;
import org.pomegranate.shared.web.TableExports;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The units of the caller's part of the tree as Excel or CSV, in the shape the units import takes
 * (parent code, code, names, level), so a tree can be taken away and brought back.
 */
@Controller
class UnitExportController {

	private final OrganizationManagement organization;
	private final IdentityManagement identity;
	private final TableExports exports;
	private final ExportHeaders headers;

	UnitExportController(OrganizationManagement organization, IdentityManagement identity, TableExports exports,
			ExportHeaders headers) {
		this.organization = organization;
		this.identity = identity;
		this.exports = exports;
		this.headers = headers;
	}

	@GetMapping("/org/export")
	void units(@RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response) throws IOException {
		CurrentUser user = identity.currentUser();
		List<OrgUnit> tops = user.role() == Role.SYSTEM_ADMIN ? organization.roots()
				: organization.find(identity.require(Permission.VIEW_ORGANIZATION).orgUnitId()).stream().toList();
		List<List<?>> rows = new ArrayList<>();
		tops.forEach(top -> walk(top, null, rows));
		exports.send(TableExports.Format.of(format), "UNIT", headers.of("parentCode", "code", "name", "nameEn", "level"),
				rows.iterator(), "", response);
	}

	private void walk(OrgUnit unit, String parentCode, List<List<?>> rows) {
		if (rows.size() >= TableExports.MAX_ROWS) {
			return;
		}
		rows.add(List.of(parentCode == null ? "" : parentCode, unit.code(), unit.nameZh(), unit.nameEn(), unit.level().name()));
		organization.children(unit.id()).forEach(child -> walk(child, unit.code(), rows));
	}
}
