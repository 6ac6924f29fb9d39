package org.pomegranate.servicedesk;

import java.util.List;
import java.util.Optional;

import org.pomegranate.servicedesk.internal.AttachmentPolicy;
import org.pomegranate.servicedesk.internal.FileSniffer;
import org.pomegranate.servicedesk.internal.ImageReencoder;

/**
 * The service desk's upload rules for other modules that keep photos the same way (safety findings
 * and their rectification evidence, a facility's pictures): at most three files of 5 MB, recognised
 * by their content, pictures encoded afresh so their EXIF (a phone's GPS position), comments and
 * anything smuggled after the image stay behind. One rule for every photo in the application.
 */
public final class PhotoCheck {

	/** How many files one record may carry. */
	public static final int MAX_FILES = AttachmentPolicy.MAX_FILES;

	private PhotoCheck() {
	}

	/**
	 * The clean files, or an {@code InvalidInputException} on the field {@code attachments} refusing
	 * them all; empty uploads are dropped.
	 *
	 * @param already files the record holds already, which count towards the limit
	 */
	public static List<AttachmentFile> check(List<Upload> uploads, int already) {
		return AttachmentPolicy.check(uploads, already).stream()
			.map(f -> new AttachmentFile(f.fileName(), f.contentType(), f.content()))
			.toList();
	}

	/** A cleaned JPEG or PNG. */
	public record CleanPhoto(String contentType, byte[] content) {
	}

	/** One photo cleaned, or empty when the bytes are no JPEG or PNG that decodes: for callers with limits of their own. */
	public static Optional<CleanPhoto> clean(byte[] content) {
		return FileSniffer.contentType(content).filter(t -> t.equals("image/jpeg") || t.equals("image/png"))
			.flatMap(t -> ImageReencoder.reencode(content, t))
			.map(r -> new CleanPhoto(r.contentType(), r.content()));
	}
}
