package org.pomegranate;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Real little pictures for upload tests: uploads are decoded, so a few magic bytes no longer pass. */
public final class TestImages {

	private TestImages() {
	}

	public static byte[] jpeg() {
		return encode("jpeg");
	}

	public static byte[] png() {
		return encode("png");
	}

	/**
	 * A JPEG as a phone sends it: an EXIF block (APP1) whose GPS directory names the north latitude
	 * ({@code GPSLatitudeRef = "N"}), after the JFIF header.
	 */
	public static byte[] jpegWithGps() {
		byte[] plain = jpeg();
		byte[] tiff = { 'M', 'M', 0, 42, 0, 0, 0, 8,
				// IFD0: one entry, GPSInfo (0x8825), LONG, 1, offset 26
				0, 1, (byte) 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0,
				// GPS IFD: one entry, GPSLatitudeRef (1), ASCII, 2, "N\0"
				0, 1, 0, 1, 0, 2, 0, 0, 0, 2, 'N', 0, 0, 0, 0, 0, 0, 0 };
		byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff);
		int length = exif.length + 2;
		byte[] app1 = concat(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length }, exif);
		// after SOI (2 bytes) and the JFIF APP0 segment (its length at bytes 4-5)
		int app0End = 4 + (((plain[4] & 0xFF) << 8) | (plain[5] & 0xFF));
		byte[] head = java.util.Arrays.copyOf(plain, app0End);
		byte[] tail = java.util.Arrays.copyOfRange(plain, app0End, plain.length);
		return concat(concat(head, app1), tail);
	}

	/** Whether the bytes hold an EXIF block. */
	public static boolean hasExif(byte[] content) {
		return new String(content, StandardCharsets.ISO_8859_1).contains("Exif\0\0");
	}

	private static byte[] encode(String format) {
		BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(new Color(0xB22234));
		g.fillRect(0, 0, 32, 24);
		g.setColor(Color.WHITE);
		g.fillRect(8, 6, 16, 12);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}
}
