package org.pomegranate.servicedesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/** A file sent with a request (or any record that keeps photos). Its type is decided by its content, not by its name. */
public record Upload(String fileName, byte[] content) {

	/** The files a form sends, as uploads; an empty file input sends none. */
	public static List<Upload> from(List<MultipartFile> files) {
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
