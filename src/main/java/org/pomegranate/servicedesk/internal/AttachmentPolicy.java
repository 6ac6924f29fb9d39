package org.pomegranate.servicedesk.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.pomegranate.servicedesk.Upload;
import org.pomegranate.shared.web.InvalidInputException;

/**
 * What a request may carry: a few photos or PDFs of modest size, recognised by their content.
 * Photos are decoded and encoded afresh ({@link ImageReencoder}), which drops their EXIF (GPS) and
 * anything hidden in them; what is stored is the clean picture.
 */
public final class AttachmentPolicy {

	public static final int MAX_FILES = 3;
	public static final int MAX_BYTES = 5 * 1024 * 1024;
	static final String FIELD = "attachments";

	private AttachmentPolicy() {
	}

	/** Checks every file, or refuses them all; empty uploads (a file input left blank) are dropped. */
	public static List<CheckedFile> check(List<Upload> uploads) {
		return check(uploads, 0);
	}

	/** As {@link #check(List)} for files added later: the limit counts the {@code already} stored ones. */
	public static List<CheckedFile> check(List<Upload> uploads, int already) {
		List<Upload> files = uploads.stream().filter(u -> u.content() != null && u.content().length > 0).toList();
		if (already + files.size() > MAX_FILES) {
			throw new InvalidInputException(FIELD, "error.attachment.count");
		}
		return files.stream().map(AttachmentPolicy::check).toList();
	}

	private static CheckedFile check(Upload upload) {
		if (upload.content().length > MAX_BYTES) {
			throw new InvalidInputException(FIELD, "error.attachment.size");
		}
		String type = FileSniffer.contentType(upload.content())
			.orElseThrow(() -> new InvalidInputException(FIELD, "error.attachment.type"));
		if (type.equals("application/pdf")) {
			// a PDF is kept as sent and only ever served as a download (see the attachment responses)
			return new CheckedFile(safeName(upload.fileName(), type), type, upload.content(), sha256(upload.content()));
		}
		ImageReencoder.Reencoded image = ImageReencoder.reencode(upload.content(), type)
			.orElseThrow(() -> new InvalidInputException(FIELD, "error.attachment.type"));
		return new CheckedFile(safeName(upload.fileName(), image.contentType()), image.contentType(), image.content(),
				sha256(image.content()));
	}

	/** Keeps letters, digits and a few marks of the base name; the extension follows the real type. */
	static String safeName(String fileName, String type) {
		String base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
		base = base.replaceAll("\\.[^.]*$", "").replaceAll("[^\\p{L}\\p{N}_\\- ]", "").strip();
		if (base.isEmpty()) {
			base = "file";
		}
		if (base.length() > 100) {
			base = base.substring(0, 100);
		}
		return base + switch (type) {
			case "image/jpeg" -> ".jpg";
			case "image/png" -> ".png";
			case "image/webp" -> ".webp";
			default -> ".pdf";
		};
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
