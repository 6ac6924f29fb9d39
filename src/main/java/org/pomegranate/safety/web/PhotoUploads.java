package org.pomegranate.safety.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.pomegranate.servicedesk.AttachmentFile;
import org.pomegranate.servicedesk.Upload;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Photos in and out: the form's files as uploads, a stored picture back with no sniffing and no scripts. */
final class PhotoUploads {

	private PhotoUploads() {
	}

	static List<Upload> of(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().filter(f -> !f.isEmpty()).map(f -> {
			try {
				return new Upload(f.getOriginalFilename(), f.getBytes());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}).toList();
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
