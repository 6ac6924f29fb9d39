package org.pomegranate.pairing.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.pairing.Pairing;
import org.pomegranate.pairing.PairingModel.Kind;
import org.pomegranate.pairing.PairingModel.Pair;
import org.pomegranate.pairing.PairingModel.PairForm;
import org.pomegranate.pairing.PairingModel.Status;
import org.pomegranate.pairing.PairingModel.VisitForm;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.Slice;
import org.pomegranate.shared.TimeConfiguration;
import org.pomegranate.shared.web.ExportHeaders;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.RuleViolationException;
import org.pomegranate.shared.web.TableExports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pairs on pages: the list with coverage (export, print), a new pair, one pair with its visits. */
@Controller
class PairPageController {

	private final Pairing pairing;
	private final RegistryManagement registry;
	private final IdentityManagement identity;
	private final TableExports exports;
	private final ExportHeaders headers;
	private final MessageSource messages;

	PairPageController(Pairing pairing, RegistryManagement registry, IdentityManagement identity,
			TableExports exports, ExportHeaders headers, MessageSource messages) {
		this.pairing = pairing;
		this.registry = registry;
		this.identity = identity;
		this.exports = exports;
		this.headers = headers;
		this.messages = messages;
	}

	@GetMapping("/pairs")
	String list(@RequestParam(required = false) Status status, @RequestParam(defaultValue = "false") boolean lapsing,
			@RequestParam(required = false) UUID after, Model model) {
		model.addAttribute("pairs", pairing.pairs(status, lapsing, after, 50));
		model.addAttribute("coverage", pairing.coverage());
		model.addAttribute("status", status);
		model.addAttribute("lapsing", lapsing);
		model.addAttribute("statuses", Status.values());
		return "pairing/pairs";
	}

	@GetMapping("/pairs/export")
	void export(@RequestParam(required = false) Status status, @RequestParam(defaultValue = "false") boolean lapsing,
			@RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response) throws IOException {
		List<Pair> rows = new java.util.ArrayList<>();
		UUID after = null;
		do {
			Slice<Pair> slice = pairing.pairs(status, lapsing, after, 100);
			rows.addAll(slice.items());
			after = slice.next();
		}
		while (after != null && rows.size() < TableExports.MAX_ROWS);
		exports.send(TableExports.Format.of(format), "PAIR",
				headers.of("household", "pairKind", "partner", "goals", "startedOn", "lastVisit", "status"),
				rows.stream().<List<?>>map(p -> List.of(p.household(), word("pairing.kind." + p.kind()), partner(p),
						p.goals(), p.startedOn().toString(), p.lastVisitOn() == null ? "" : p.lastVisitOn().toString(),
						word("pairing.status." + p.status()))).iterator(),
				"status=" + status + " lapsing=" + lapsing, response);
	}

	@GetMapping("/pairs/new")
	String newPair(@RequestParam(defaultValue = "") String address, Model model) {
		model.addAttribute("address", address);
		model.addAttribute("households", address.isBlank() ? List.of()
				: registry.findHouseholds(address, null, 30, false).items());
		model.addAttribute("today", LocalDate.now(TimeConfiguration.DISPLAY_ZONE));
		return "pairing/new";
	}

	@PostMapping("/pairs")
	String create(@RequestParam(required = false) String householdId,
			@RequestParam(required = false) String partnerHouseholdId, @RequestParam(required = false) Kind kind,
			@RequestParam(defaultValue = "") String goals, @RequestParam(required = false) LocalDate startedOn,
			RedirectAttributes redirect) {
		UUID me = identity.currentUser().accountId();
		try {
			UUID id = pairing.create(new PairForm(kind, uuid(householdId), uuid(partnerHouseholdId),
					kind == Kind.STAFF ? me : null, null, null, goals, startedOn));
			redirect.addFlashAttribute("saved", "casework.saved");
			return "redirect:/pairs/" + id;
		}
		catch (InvalidInputException | RuleViolationException e) {
			problem(redirect, e);
			return "redirect:/pairs/new";
		}
	}

	@GetMapping("/pairs/{id}")
	String pair(@PathVariable UUID id, Model model) {
		model.addAttribute("details", pairing.pair(id));
		model.addAttribute("today", LocalDate.now(TimeConfiguration.DISPLAY_ZONE));
		return "pairing/pair";
	}

	@PostMapping("/pairs/{id}/visits")
	String visit(@PathVariable UUID id, @RequestParam(required = false) LocalDate visitedOn,
			@RequestParam(defaultValue = "") String visitor, @RequestParam(defaultValue = "") String help,
			RedirectAttributes redirect) {
		try {
			pairing.visit(id, new VisitForm(visitedOn, visitor, help));
			redirect.addFlashAttribute("saved", "casework.saved");
		}
		catch (InvalidInputException | RuleViolationException e) {
			problem(redirect, e);
		}
		return "redirect:/pairs/" + id;
	}

	@PostMapping("/pairs/{id}/end")
	String end(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			pairing.end(id);
			redirect.addFlashAttribute("saved", "casework.saved");
		}
		catch (RuleViolationException e) {
			problem(redirect, e);
		}
		return "redirect:/pairs/" + id;
	}

	private static void problem(RedirectAttributes redirect, RuntimeException e) {
		if (e instanceof InvalidInputException invalid) {
			var error = invalid.fieldErrors().entrySet().iterator().next();
			redirect.addFlashAttribute("problem", error.getValue());
			redirect.addFlashAttribute("problemField", error.getKey());
		}
		else if (e instanceof RuleViolationException rule) {
			redirect.addFlashAttribute("problem", rule.messageKey());
		}
	}

	private String partner(Pair p) {
		return switch (p.kind()) {
			case HOUSEHOLDS -> p.partnerHousehold();
			case STAFF -> p.partnerStaffName();
			case RESIDENT -> word("pairing.kind.RESIDENT");
		};
	}

	private String word(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private static UUID uuid(String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
