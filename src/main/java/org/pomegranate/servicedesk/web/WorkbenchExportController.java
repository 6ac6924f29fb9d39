package org.pomegranate.servicedesk.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.servicedesk.Channel;
import org.pomegranate.servicedesk.QueueFilter;
import org.pomegranate.servicedesk.RequestStatus;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.servicedesk.Tier;
import org.pomegranate.shared.web.ExportHeaders;
import org.pomegranate.shared.web.Formats;
import org.pomegranate.shared.web.Pages;
import org.pomegranate.shared.web.TableExports;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The workbench queue and the revisits as Excel or CSV, with the queue's own filters and scope. */
@Controller
class WorkbenchExportController {

	private final ServiceDesk desk;
	private final IdentityManagement identity;
	private final TableExports exports;
	private final ExportHeaders headers;
	private final Formats formats;

	WorkbenchExportController(ServiceDesk desk, IdentityManagement identity, TableExports exports, ExportHeaders headers,
			Formats formats) {
		this.desk = desk;
		this.identity = identity;
		this.exports = exports;
		this.headers = headers;
		this.formats = formats;
	}

	@GetMapping("/workbench/export")
	void queue(@RequestParam(required = false) String tab, @RequestParam(required = false) RequestStatus status,
			@RequestParam(required = false) UUID category, @RequestParam(required = false) Tier tier,
			@RequestParam(required = false) Channel channel,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response) throws IOException {
		boolean handles = identity.require(Permission.VIEW_REQUESTS).can(Permission.HANDLE_REQUESTS);
		QueueFilter filter = new QueueFilter(tab == null ? handles : "mine".equals(tab), status, category, tier, channel,
				from, to);
		exports.send(TableExports.Format.of(format), "REQUEST",
				headers.of("number", "status", "tier", "channel", "address", "unit", "assignee", "submitted", "due"),
				Pages.slices(after -> desk.queue(filter, after, Pages.size(), false),
						r -> List.of(r.number(), r.status().name(), r.tier().name(), r.channel().name(), nz(r.address()),
								nz(r.unitName()), nz(r.assigneeName()), formats.dateTime(r.submittedAt()),
								formats.dateTime(r.nextDeadline()))),
				filter.toString(), response);
	}

	@GetMapping("/workbench/revisits/export")
	void revisits(@RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response) throws IOException {
		exports.send(TableExports.Format.of(format), "REVISIT",
				headers.of("number", "resolution", "satisfaction", "comment", "created", "outcome"),
				desk.revisits(TableExports.MAX_ROWS).stream()
					.<List<?>>map(v -> List.of(v.number(), v.resolution().name(), v.satisfaction().name(), nz(v.comment()),
							formats.dateTime(v.createdAt()), nz(v.outcome())))
					.iterator(),
				"", response);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
