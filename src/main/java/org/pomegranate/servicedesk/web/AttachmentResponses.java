package org.pomegranate.servicedesk.web;

import java.nio.charset.StandardCharsets;

import org.pomegranate.servicedesk.AttachmentFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A request's file as the browser gets it: with the type its content was checked to be, its own
 * name, and no guessing of another type. The resident's portal shows their photo in place; the
 * workbench always downloads.
 */
final class AttachmentResponses {

	private AttachmentResponses() {
	}

	static ResponseEntity<byte[]> inline(AttachmentFile file) {
		return response(file, ContentDisposition.inline());
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
			.body(file.content());
	}
}
