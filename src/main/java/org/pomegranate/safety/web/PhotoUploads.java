package org.pomegranate.safety.web;

import java.nio.charset.StandardCharsets;

import org.pomegranate.servicedesk.AttachmentFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Photos out: a stored picture back with no sniffing and no scripts (in: {@code Upload.from}). */
final class PhotoUploads {

	private PhotoUploads() {
	}

	/** Pictures were encoded afresh on upload, so they show in place; anything else downloads. */
	static ResponseEntity<byte[]> inline(AttachmentFile file) {
		boolean picture = file.contentType().equals("image/jpeg") || file.contentType().equals("image/png");
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, (picture ? ContentDisposition.inline()
					: ContentDisposition.attachment()).filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(file.content());
	}
}
