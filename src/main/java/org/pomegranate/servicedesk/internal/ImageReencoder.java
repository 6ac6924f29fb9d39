package org.pomegranate.servicedesk.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Decodes an uploaded photo and encodes its pixels afresh. What comes out is only a picture: the
 * EXIF block of a phone photo (with the GPS position of the resident's home), comments and anything
 * smuggled after the image data (an HTML or script polyglot) stay behind. A file that does not
 * decode as the image its first bytes claim is no photo and is refused.
 * <p>
 * WebP: the JDK has no WebP reader, so a WebP can be neither checked nor cleaned; it is refused
 * (phones send JPEG on upload). Should a WebP reader be on the class path, the picture is decoded
 * and stored as PNG.
 */
public final class ImageReencoder {

	/** Far beyond any phone camera; a "decompression bomb" of a few kilobytes claims billions. */
	static final long MAX_PIXELS = 50_000_000L;
	private static final float JPEG_QUALITY = 0.9f;

	private ImageReencoder() {
	}

	/** The re-encoded picture with its (possibly new) type, or empty when the bytes are not that image. */
	public static Optional<Reencoded> reencode(byte[] content, String sniffedType) {
		try {
			BufferedImage image = decode(content);
			if (image == null) {
				return Optional.empty();
			}
			if (sniffedType.equals("image/jpeg")) {
				return Optional.of(new Reencoded("image/jpeg", jpeg(image)));
			}
			return Optional.of(new Reencoded("image/png", png(image)));
		}
		catch (IOException | RuntimeException e) {
			// a truncated or crafted file makes the decoders throw all sorts: it is simply not a photo
			return Optional.empty();
		}
	}

	private static BufferedImage decode(byte[] content) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					return null;
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		rgb.createGraphics().drawImage(image, 0, 0, java.awt.Color.WHITE, null);
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(JPEG_QUALITY);
			// no metadata passed: the writer emits a bare JFIF header, nothing of the original's
			writer.write(null, new IIOImage(rgb, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (!ImageIO.write(image, "png", out)) {
			throw new IOException("no PNG writer");
		}
		return out.toByteArray();
	}

	public record Reencoded(String contentType, byte[] content) {
	}
}
