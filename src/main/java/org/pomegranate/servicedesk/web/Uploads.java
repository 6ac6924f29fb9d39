package org.pomegranate.servicedesk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.pomegranate.servicedesk.Upload;
import org.springframework.web.multipart.MultipartFile;

/** The files a page form sends with a request, as the desk takes them; an empty file input sends none. */
final class Uploads {

	private Uploads() {
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
}
