package org.pomegranate.imports.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.imports.ImportJob;
import org.pomegranate.imports.ImportKind;
import org.pomegranate.imports.ImportMode;
import org.pomegranate.imports.Imports;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Excel imports of units, places, households and residents")
class ImportApiController {

	private final Imports imports;

	ImportApiController(Imports imports) {
		this.imports = imports;
	}

	@GetMapping("/templates/{kind}")
	@Operation(summary = "The .xlsx template of a kind: units, places, households or residents")
	void template(@PathVariable String kind, HttpServletResponse response) throws IOException {
		ImportKind k = ImportKind.ofSlug(kind).orElseThrow(() -> new NotFoundException("kind"));
		ImportDownloads.xlsx(response, "template-" + k.slug());
		imports.writeTemplate(k, response.getOutputStream());
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a file; answers 202 at once, the check runs in the background")
	ResponseEntity<ImportJob> upload(@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "kind", required = false) String kind) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "import.file.missing");
		}
		ImportKind k = ImportKind.ofSlug(kind == null ? "" : kind)
			.orElseThrow(() -> new InvalidInputException("kind", "import.kind.unknown"));
		try (InputStream in = file.getInputStream()) {
			ImportJob job = imports.upload(k, file.getOriginalFilename(), in);
			return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id())).body(job);
		}
	}

	@GetMapping("/{id}")
	@Operation(summary = "Progress, counts and the first problems of an import")
	ImportJob get(@PathVariable UUID id) {
		return imports.job(id);
	}

	@GetMapping("/{id}/report")
	@Operation(summary = "The rows that could not be imported, with their problems, as .xlsx")
	void report(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		imports.job(id);
		ImportDownloads.xlsx(response, "import-report-" + id);
		imports.writeReport(id, response.getOutputStream());
	}

	/** The body of a commit. */
	record CommitRequest(ImportMode mode) {
	}

	@PostMapping("/{id}/commit")
	@Operation(summary = "Write a checked file: ALL_OR_NOTHING (refused if any row is bad) or GOOD_ROWS; answers 202")
	ResponseEntity<ImportJob> commit(@PathVariable UUID id, @RequestBody(required = false) CommitRequest body) {
		return ResponseEntity.accepted().body(imports.commit(id, body == null ? null : body.mode()));
	}
}
