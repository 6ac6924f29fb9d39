package org.pomegranate.registry.web;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.ResidentFinder;
import org.pomegranate.registry.ResidentPage;
import org.pomegranate.registry.ResidentSearch;
import org.pomegranate.shared.web.PageOf;
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
	private final ResidentFinder finder;
	private final TableExports exports;
	private final ExportHeaders headers;

	RegistryExportController(RegistryManagement registry, ResidentFinder finder, TableExports exports,
			ExportHeaders headers) {
		this.registry = registry;
		this.finder = finder;
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
				residentPages(search).flatMap(p -> p.items().stream())
					.<List<?>>map(r -> List.of(r.name(), r.gender().name(), String.valueOf(r.birthYear()), r.maskedPhone(),
							r.address(), r.status().name()))
					.iterator(),
				"name=" + nz(name) + " phone=" + (phone == null ? "" : "****") + " address=" + nz(address), response);
	}

	@GetMapping("/households/export")
	void households(@RequestParam(defaultValue = "") String address, @RequestParam(defaultValue = "xlsx") String format,
			HttpServletResponse response) throws IOException {
		exports.send(TableExports.Format.of(format), "HOUSEHOLD", headers.of("address", "residents", "resettled"),
				Pages.slices(after -> registry.findHouseholds(address, after, Pages.size(), false),
						h -> List.of(h.address(), h.residentCount(), h.resettled() ? "✓" : "")),
				"address=" + address, response);
	}

	/** Every page of the search, one after the other by its cursor, each fetched (and audited) when reached. */
	private Stream<ResidentPage> residentPages(ResidentSearch search) {
		return Stream.iterate(finder.find(search, null, PageOf.MAX_SIZE, false), Objects::nonNull,
				page -> page.next() == null ? null : finder.find(search, page.next(), PageOf.MAX_SIZE, false));
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
