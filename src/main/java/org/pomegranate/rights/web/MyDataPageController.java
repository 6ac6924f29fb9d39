package org.pomegranate.rights.web;

import java.util.List;

import org.pomegranate.privacy.AccessSection;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.registry.Ethnicity;
import org.pomegranate.registry.OwnRecord;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.rights.OwnData;
import org.pomegranate.rights.RightsRequest;
import org.pomegranate.rights.RightsRequests;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * A resident's own page: her record, every staff access to it, her download of everything kept
 * about her, and her correction and deletion requests with their answers.
 */
@Controller
class MyDataPageController {

	static final int PAGE = 20;

	private final RegistryManagement registry;
	private final AuditLog audit;
	private final RightsRequests rights;
	private final OwnData data;
	private final JsonMapper json;

	MyDataPageController(RegistryManagement registry, AuditLog audit, RightsRequests rights, OwnData data,
			JsonMapper json) {
		this.registry = registry;
		this.audit = audit;
		this.rights = rights;
		this.data = data;
		this.json = json;
	}

	/** Everything kept about her, as JSON. */
	@GetMapping("/me/export.json")
	ResponseEntity<byte[]> exportJson() {
		return download(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(data.collect("json")),
				"application/json", "my-data.json");
	}

	/** Everything kept about her, as an Excel workbook. */
	@GetMapping("/me/export.xlsx")
	ResponseEntity<byte[]> exportExcel() {
		return download(Workbooks.of(data.collect("xlsx")),
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "my-data.xlsx");
	}

	/** She asks her community to correct or delete something; the answer is due in 15 days. */
	@PostMapping("/me/rights")
	String fileRightsRequest(@RequestParam(required = false) RightsRequest.Kind kind,
			@RequestParam(defaultValue = "") String what, @RequestParam(defaultValue = "") String why,
			RedirectAttributes redirect) {
		try {
			rights.file(kind, what, why);
			redirect.addFlashAttribute("saved", "mydata.rights.filed");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("problem", e.fieldErrors().values().iterator().next());
		}
		return "redirect:/me#rights";
	}

	private static ResponseEntity<byte[]> download(byte[] body, String type, String name) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
	}

	/**
	 * Her record, then every staff access in three sections, each paged on its own with a cursor
	 * ({@code <section>Before}: the id of the last entry seen), so that all of it can be read.
	 */
	@GetMapping("/me")
	String myData(@RequestParam(required = false) Long disclosuresBefore, @RequestParam(required = false) Long recordBefore,
			@RequestParam(required = false) Long requestsBefore, Model model) {
		OwnRecord own = registry.ownRecord();
		model.addAttribute("own", own);
		model.addAttribute("resident", own.record());
		model.addAttribute("sections", List.of(audit.ownAccesses(AccessSection.DISCLOSURES, disclosuresBefore, PAGE),
				audit.ownAccesses(AccessSection.RECORD, recordBefore, PAGE),
				audit.ownAccesses(AccessSection.REQUESTS, requestsBefore, PAGE)));
		model.addAttribute("ethnicities", Ethnicity.values());
		model.addAttribute("rightsRequests", rights.mine());
		model.addAttribute("rightsKinds", RightsRequest.Kind.values());
		return "rights/my-data";
	}

	/** She declares, changes or withdraws (empty) her ethnicity: hers alone to see and change. */
	@PostMapping("/me/ethnicity")
	String changeEthnicity(@RequestParam(required = false) Ethnicity ethnicity, RedirectAttributes redirect) {
		registry.changeOwnEthnicity(ethnicity);
		redirect.addFlashAttribute("saved", "mydata.ethnicity.saved");
		return "redirect:/me";
	}
}
