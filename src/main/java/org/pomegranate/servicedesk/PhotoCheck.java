package org.pomegranate.servicedesk;

import java.util.List;

import org.pomegranate.servicedesk.internal.AttachmentPolicy;

/**
 * The service desk's upload rules for other modules that keep photos the same way (safety findings
 * and their rectification evidence): at most three files of 5 MB, recognised by their content,
 * pictures encoded afresh so their EXIF (GPS) is gone. One rule for every photo in the application.
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
}
