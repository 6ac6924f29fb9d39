package org.pomegranate.imports.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.imports.ImportJob;
import org.pomegranate.imports.ImportKind;
import org.pomegranate.imports.ImportMode;
import org.pomegranate.imports.Imports;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The imports page: templates to download, the upload form, recent imports; and one import with
 * its progress (polled by htmx while it runs), its report and the commit choice.
 */
@Controller
class ImportPageController {

	private final Imports imports;
	private final MessageSource messages;

	ImportPageController(Imports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/admin/imports")
	String list(Model model) {
		model.addAttribute("kinds", Arrays.asList(ImportKind.values()));
		model.addAttribute("jobs", imports.recent());
		return "imports/list";
	}

	@GetMapping("/admin/imports/templates/{kind}")
	void template(@PathVariable String kind, HttpServletResponse response) throws IOException {
		ImportKind k = ImportKind.ofSlug(kind).orElseThrow(() -> new NotFoundException("kind"));
		ImportDownloads.xlsx(response, "template-" + k.slug());
		imports.writeTemplate(k, response.getOutputStream());
	}

	@PostMapping("/admin/imports")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "kind", defaultValue = "") String kind, RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidInputException("file", "import.file.missing");
			}
			ImportKind k = ImportKind.ofSlug(kind).orElseThrow(() -> new InvalidInputException("kind", "import.kind.unknown"));
			try (InputStream in = file.getInputStream()) {
				return "redirect:/admin/imports/" + imports.upload(k, file.getOriginalFilename(), in).id();
			}
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("error", say(e.fieldErrors().values().iterator().next()));
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("error", say(e.messageKey()));
		}
		return "redirect:/admin/imports";
	}

	@GetMapping("/admin/imports/{id}")
	String job(@PathVariable UUID id, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		ImportJob job = imports.job(id);
		model.addAttribute("job", job);
		return htmx != null ? "imports/partials/progress" : "imports/job";
	}

	@GetMapping("/admin/imports/{id}/report")
	void report(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		imports.job(id);
		ImportDownloads.xlsx(response, "import-report-" + id);
		imports.writeReport(id, response.getOutputStream());
	}

	@PostMapping("/admin/imports/{id}/commit")
	String commit(@PathVariable UUID id, @RequestParam(name = "mode", defaultValue = "") String mode,
			RedirectAttributes redirect) {
		try {
			ImportMode m = Arrays.stream(ImportMode.values()).filter(v -> v.name().equals(mode)).findFirst()
				.orElseThrow(() -> new InvalidInputException("mode", "import.mode.unknown"));
			imports.commit(id, m);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("error", say(e.fieldErrors().values().iterator().next()));
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("error", say(e.messageKey()));
		}
		return "redirect:/admin/imports/" + id;
	}

	private String say(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
