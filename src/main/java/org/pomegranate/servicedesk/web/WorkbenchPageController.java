package org.pomegranate.servicedesk.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.servicedesk.Channel;
import org.pomegranate.servicedesk.QueueFilter;
import org.pomegranate.servicedesk.RequestHandling;
import org.pomegranate.servicedesk.RequestStatus;
import org.pomegranate.servicedesk.RequestSummary;
import org.pomegranate.servicedesk.Revisit;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.SatisfactionAnswer;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.servicedesk.Tier;
import org.pomegranate.servicedesk.WorkerDesk;
import org.pomegranate.shared.web.CurrentUrl;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.Slice;
import org.pomegranate.shared.web.Total;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The staff queue, overdue first, with its filters; and the revisits the community owes. */
@Controller
class WorkbenchPageController {

	static final int PAGE_SIZE = 20;
	static final int HOME_CARDS = 5;

	private final ServiceDesk desk;
	private final RequestHandling handling;
	private final ServiceCatalogue catalogue;
	private final IdentityManagement identity;
	private final WorkbenchWords words;
	private final CategoryWords categoryWords;
	private final WorkerDesk workerDesk;

	WorkbenchPageController(ServiceDesk desk, RequestHandling handling, ServiceCatalogue catalogue,
			IdentityManagement identity, WorkbenchWords words, CategoryWords categoryWords, WorkerDesk workerDesk) {
		this.categoryWords = categoryWords;
		this.workerDesk = workerDesk;
		this.desk = desk;
		this.handling = handling;
		this.catalogue = catalogue;
		this.identity = identity;
		this.words = words;
	}

	/**
	 * @param tab {@code mine} (assigned to me) or {@code unit} (everything in my scope); those who
	 *            only watch start on their unit's queue, and so does a handler whose own queue is
	 *            empty while the unit's is not (a community head with escalated requests waiting)
	 * @param q   a number or a few words: the requests of the scope found by them instead of the queue
	 * @param after the cursor of the page before (keyset paging), none for the first page
	 * @param exact count the whole list exactly, on demand (large lists show an estimate)
	 */
	@GetMapping("/workbench")
	String queue(@RequestParam(required = false) String tab, @RequestParam(required = false) RequestStatus status,
			@RequestParam(required = false) UUID category, @RequestParam(required = false) Tier tier,
			@RequestParam(required = false) Channel channel,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String after, @RequestParam(defaultValue = "false") boolean exact,
			@RequestParam(required = false) String q,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		boolean handles = identity.require(Permission.VIEW_REQUESTS).can(Permission.HANDLE_REQUESTS);
		boolean mine = tab == null ? handles : "mine".equals(tab);
		boolean searching = q != null && !q.isBlank();
		Slice<RequestSummary> requests;
		if (searching) {
			List<RequestSummary> found = workerDesk.find(q);
			requests = new Slice<>(found, WorkerDesk.SEARCH_LIMIT, 1, null, Total.exact(found.size()));
		}
		else {
			requests = desk.queue(new QueueFilter(mine, status, category, tier, channel, from, to), after, PAGE_SIZE,
					exact);
			boolean unfiltered = status == null && category == null && tier == null && channel == null && from == null
					&& to == null && after == null;
			if (tab == null && mine && unfiltered && requests.total().isEmpty()) {
				Slice<RequestSummary> unit = desk.queue(QueueFilter.openInScope(), null, PAGE_SIZE, exact);
				if (!unit.total().isEmpty()) {
					requests = unit;
					mine = false;
					model.addAttribute("ownQueueEmpty", true);
				}
			}
		}
		model.addAttribute("rows", rows(requests.items()));
		model.addAttribute("q", searching ? q.strip() : null);
		if (handles) {
			model.addAttribute("counts", workerDesk.myCounts());
		}
		model.addAttribute("requests", requests);
		model.addAttribute("mine", mine);
		model.addAttribute("status", status);
		model.addAttribute("category", category);
		model.addAttribute("tier", tier);
		model.addAttribute("channel", channel);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("tabMine", tabUrl("mine", status, category, tier, channel, from, to));
		model.addAttribute("tabUnit", tabUrl("unit", status, category, tier, channel, from, to));
		model.addAttribute("htmx", htmx != null);
		if (htmx != null) {
			return "servicedesk/partials/workbench-queue :: queue";
		}
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("categories", catalogue.all());
		model.addAttribute("tiers", Tier.values());
		model.addAttribute("channels", Channel.values());
		return "servicedesk/workbench";
	}

	/**
	 * The top of a handler's start page (htmx): her open and overdue counts and the first cards of
	 * her queue, or of her unit's when hers is empty.
	 */
	@GetMapping("/workbench/home")
	String home(Model model) {
		identity.require(Permission.HANDLE_REQUESTS);
		boolean mine = true;
		Slice<RequestSummary> requests = desk.queue(QueueFilter.myOpenRequests(), null, HOME_CARDS, false);
		if (requests.total().isEmpty()) {
			mine = false;
			requests = desk.queue(QueueFilter.openInScope(), null, HOME_CARDS, false);
		}
		model.addAttribute("rows", rows(requests.items()));
		model.addAttribute("mine", mine);
		model.addAttribute("total", requests.total().value());
		model.addAttribute("counts", workerDesk.myCounts());
		return "servicedesk/partials/workbench-home :: home";
	}

	private List<QueueRow> rows(List<RequestSummary> requests) {
		Map<UUID, String> names = categoryWords.categoryNames();
		Map<UUID, String> firstLines = workerDesk.firstLines(requests);
		return requests.stream()
			.map(r -> new QueueRow(r, names.get(r.categoryId()), firstLines.get(r.id()),
					r.status().isOpen() ? words.until(r.nextDeadline()) : null))
			.toList();
	}

	/** A tab keeps the filters and starts again at the first page. */
	private static String tabUrl(String tab, RequestStatus status, UUID category, Tier tier, Channel channel,
			LocalDate from, LocalDate to) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/workbench").queryParam("tab", tab);
		Map<String, Object> filters = new LinkedHashMap<>();
		filters.put("status", status);
		filters.put("category", category);
		filters.put("tier", tier);
		filters.put("channel", channel);
		filters.put("from", from);
		filters.put("to", to);
		filters.forEach((name, value) -> {
			if (value != null) {
				url.queryParam(name, value);
			}
		});
		return url.encode().build().toUriString();
	}

	@GetMapping("/workbench/revisits")
	String revisits(Model model) {
		List<Revisit> revisits = desk.revisits(100);
		model.addAttribute("revisits", revisits);
		model.addAttribute("categoryNames", categoryWords.categoryNames());
		return "servicedesk/workbench-revisits";
	}

	@PostMapping("/workbench/revisits/{id}")
	String completeRevisit(@PathVariable UUID id, @RequestParam(defaultValue = "") String outcome,
			@RequestParam(required = false) SatisfactionAnswer satisfaction, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			handling.completeRevisit(id, outcome, satisfaction);
			redirect.addFlashAttribute("done", "workbench.revisit.done");
			return "redirect:/workbench/revisits";
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("problem", e.fieldErrors().values().iterator().next());
			model.addAttribute("failedRevisit", id);
			model.addAttribute("outcome", outcome);
			model.addAttribute("here", new CurrentUrl("/workbench/revisits", Map.of()));
			return revisits(model);
		}
	}

	/** A queue card: its category's name, the first line of what was asked and, while open, the time to its next deadline. */
	record QueueRow(RequestSummary request, String categoryName, String firstLine, WorkbenchWords.Countdown countdown) {
	}
}
