package org.pomegranate.evaluation.assessment.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * Checks a file of evidence by its content, not its name: photos (JPEG, PNG) and PDFs up to 5 MB.
 * The service desk's own checks are internal to it, so this is a small one of our own.
 */
public final class EvidenceCheck {

	public static final int MAX_BYTES = 5 * 1024 * 1024;

	public static final int MAX_PER_INDICATOR = 5;

	private EvidenceCheck() {
	}

	/** The content type the bytes are, or empty when they are none of the allowed kinds. */
	public static Optional<String> sniff(byte[] content) {
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
			return Optional.of("application/pdf");
		}
		return Optional.empty();
	}

	/** A file name safe to show and to send back in a header: its last path part, printable, at most 100 characters. */
	public static String safeName(String name) {
		String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "");
		String clean = base.codePoints().filter(c -> !Character.isISOControl(c) && c != '"')
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
		clean = clean.isEmpty() ? "evidence" : clean;
		return clean.length() > 100 ? clean.substring(clean.length() - 100) : clean;
	}

	private static boolean startsWith(byte[] content, int... magic) {
		return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length),
				toBytes(magic));
	}

	private static byte[] toBytes(int[] values) {
		byte[] out = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			out[i] = (byte) values[i];
		}
		return out;
	}
}
