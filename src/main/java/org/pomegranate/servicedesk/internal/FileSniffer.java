package org.pomegranate.servicedesk.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * Tells a file's type from its first bytes. A name ending in {@code .jpg} proves nothing: an
 * executable renamed to a photo must be refused, so only the content counts.
 */
public final class FileSniffer {

	private FileSniffer() {
	}

	/** {@code image/jpeg}, {@code image/png}, {@code image/webp} or {@code application/pdf}; empty otherwise. */
	public static Optional<String> contentType(byte[] content) {
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		if (startsWith(content, 'R', 'I', 'F', 'F') && content.length >= 12
				&& Arrays.equals(Arrays.copyOfRange(content, 8, 12), new byte[] { 'W', 'E', 'B', 'P' })) {
			return Optional.of("image/webp");
		}
		if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
			return Optional.of("application/pdf");
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, int... magic) {
		if (content == null || content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
