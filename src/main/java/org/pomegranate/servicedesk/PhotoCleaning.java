package org.pomegranate.servicedesk;

import java.util.Optional;

import org.pomegranate.servicedesk.internal.FileSniffer;
import org.pomegranate.servicedesk.internal.ImageReencoder;

/**
 * The service desk's way with uploaded photos, for other modules that store photos too (a
 * facility's pictures): the type judged by the content, the picture decoded and encoded afresh so
 * that EXIF (a phone's GPS position), comments and anything smuggled after the image stay behind.
 */
public final class PhotoCleaning {

	private PhotoCleaning() {
	}

	/** A cleaned JPEG or PNG. */
	public record CleanPhoto(String contentType, byte[] content) {
	}

	/** The photo cleaned, or empty when the bytes are no JPEG or PNG that decodes. */
	public static Optional<CleanPhoto> clean(byte[] content) {
		return FileSniffer.contentType(content).filter(t -> t.equals("image/jpeg") || t.equals("image/png"))
			.flatMap(t -> ImageReencoder.reencode(content, t))
			.map(r -> new CleanPhoto(r.contentType(), r.content()));
	}
}
