package org.pomegranate.servicedesk.web;

import java.nio.charset.StandardCharsets;

import org.pomegranate.servicedesk.AttachmentFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A request's file as the browser gets it: with the type its content was checked to be, its own
 * name, no guessing of another type, and a sandbox should it be opened in the browser. The resident's
 * portal shows their photo in place; PDFs and the workbench always download.
 */
final class AttachmentResponses {

	private AttachmentResponses() {
	}

	/**
	 * In place only for pictures, which were encoded afresh on upload; a PDF (which may carry scripts
	 * and forms) and anything else always downloads.
	 */
	static ResponseEntity<byte[]> inline(AttachmentFile file) {
		boolean picture = file.contentType().equals("image/jpeg") || file.contentType().equals("image/png");
		return response(file, picture ? ContentDisposition.inline() : ContentDisposition.attachment());
	}

	static ResponseEntity<byte[]> download(AttachmentFile file) {
		return response(file, ContentDisposition.attachment());
	}

	private static ResponseEntity<byte[]> response(AttachmentFile file, ContentDisposition.Builder disposition) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			// opened anyway (a PDF viewer in the browser, say), the file runs with no scripts, forms or origin
			.header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(file.content());
	}
}
