package org.pomegranate.registry.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.ResidentSearch;
import org.pomegranate.shared.web.ExportHeaders;
import org.pomegranate.shared.web.Pages;
import org.pomegranate.shared.web.TableExports;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The residents and households lists as Excel or CSV, with the filters of the screen. The rows
 * come from the same searches (same scope, same masking, the same audit of who was shown);
 * ethnicity is not a column.
 */
@Controller
class RegistryExportController {

	private final RegistryManagement registry;
	private final TableExports exports;
	private final ExportHeaders headers;

	RegistryExportController(RegistryManagement registry, TableExports exports, ExportHeaders headers) {
		this.registry = registry;
		this.exports = exports;
		this.headers = headers;
	}

	@GetMapping("/residents/export")
	void residents(@RequestParam(required = false) String name, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String address, @RequestParam(defaultValue = "xlsx") String format,
			HttpServletResponse response) throws IOException {
		ResidentSearch search = new ResidentSearch(name, phone, address, false);
		exports.send(TableExports.Format.of(format), "RESIDENT",
				headers.of("name", "gender", "birthYear", "phone", "address", "status"),
				Pages.rows(page -> registry.findResidents(search, page, Pages.size()).items(),
						r -> List.of(r.name(), r.gender().name(), String.valueOf(r.birthYear()), r.maskedPhone(), r.address(),
								r.status().name())),
				"name=" + nz(name) + " phone=" + (phone == null ? "" : "****") + " address=" + nz(address), response);
	}

	@GetMapping("/households/export")
	void households(@RequestParam(defaultValue = "") String address, @RequestParam(defaultValue = "xlsx") String format,
			HttpServletResponse response) throws IOException {
		exports.send(TableExports.Format.of(format), "HOUSEHOLD", headers.of("address", "residents", "resettled"),
				Pages.rows(page -> registry.findHouseholds(address, page, Pages.size()).items(),
						h -> List.of(h.address(), h.residentCount(), h.resettled() ? "✓" : "")),
				"address=" + address, response);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
