package org.pomegranate.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pomegranate.TestImages;
import org.pomegranate.servicedesk.Upload;
import org.pomegranate.shared.web.InvalidInputException;

/** Photos and PDFs, known by their content; a few of modest size; names safe to show. */
class AttachmentPolicyTests {

	static final byte[] JPEG = TestImages.jpeg();
	static final byte[] PNG = TestImages.png();
	static final byte[] WEBP = bytes('R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ');
	static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
	static final byte[] TEXT = "#!/bin/sh\necho hello\n".getBytes(StandardCharsets.US_ASCII);

	@Test
	void theSnifferKnowsFourTypesByTheirFirstBytes() {
		assertThat(FileSniffer.contentType(JPEG)).contains("image/jpeg");
		assertThat(FileSniffer.contentType(PNG)).contains("image/png");
		assertThat(FileSniffer.contentType(WEBP)).contains("image/webp");
		assertThat(FileSniffer.contentType(PDF)).contains("application/pdf");
		assertThat(FileSniffer.contentType(TEXT)).isEmpty();
		assertThat(FileSniffer.contentType(bytes('R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'A', 'V', 'E'))).isEmpty();
		assertThat(FileSniffer.contentType(bytes(0xFF, 0xD8))).isEmpty();
		assertThat(FileSniffer.contentType(new byte[0])).isEmpty();
	}

	@Test
	void photosAndPdfsAreAcceptedWithTheirRealType() {
		List<CheckedFile> files = AttachmentPolicy.check(List.of(new Upload("厨房.jpeg", JPEG),
				new Upload("scan.png", PNG)));
		assertThat(files).extracting(CheckedFile::contentType).containsExactly("image/jpeg", "image/png");
		assertThat(files).extracting(CheckedFile::fileName).containsExactly("厨房.jpg", "scan.png");
		assertThat(files.get(0).sha256()).hasSize(64);
		assertThat(AttachmentPolicy.check(List.of(new Upload("证明.pdf", PDF)))).singleElement()
			.extracting(CheckedFile::contentType).isEqualTo("application/pdf");
	}

	@Test
	void aPhotosExifWithItsGpsPositionIsGone() {
		byte[] phone = TestImages.jpegWithGps();
		assertThat(TestImages.hasExif(phone)).isTrue();
		CheckedFile stored = AttachmentPolicy.check(List.of(new Upload("家.jpg", phone))).get(0);
		assertThat(stored.contentType()).isEqualTo("image/jpeg");
		assertThat(TestImages.hasExif(stored.content())).isFalse();
		assertThat(new String(stored.content(), StandardCharsets.ISO_8859_1)).doesNotContain("MM\0*");
	}

	@Test
	void aPolyglotOrGarbageBehindAPhotosFirstBytesIsRefused() {
		byte[] html = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII);
		byte[] fakeJpeg = concat(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'), html);
		byte[] fakePng = concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D), html);
		assertRefused(List.of(new Upload("a.jpg", fakeJpeg)), "error.attachment.type");
		assertRefused(List.of(new Upload("a.png", fakePng)), "error.attachment.type");
		// no WebP decoder in the JDK: a WebP could not be cleaned, so it is refused
		assertRefused(List.of(new Upload("photo.webp", WEBP)), "error.attachment.type");
		// a real picture with a script appended comes out as the picture alone
		CheckedFile cleaned = AttachmentPolicy.check(List.of(new Upload("b.png", concat(PNG, html)))).get(0);
		assertThat(new String(cleaned.content(), StandardCharsets.ISO_8859_1)).doesNotContain("script");
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

	@Test
	void aTextFileNamedLikeAPhotoIsRefused() {
		assertRefused(List.of(new Upload("photo.jpg", TEXT)), "error.attachment.type");
	}

	@Test
	void aFileOverFiveMegabytesIsRefused() {
		byte[] big = Arrays.copyOf(JPEG, AttachmentPolicy.MAX_BYTES + 1);
		assertRefused(List.of(new Upload("big.jpg", big)), "error.attachment.size");
		assertThat(AttachmentPolicy.check(List.of(new Upload("edge.jpg", Arrays.copyOf(JPEG, AttachmentPolicy.MAX_BYTES)))))
			.hasSize(1);
	}

	@Test
	void moreThanThreeFilesAreRefused() {
		Upload photo = new Upload("a.jpg", JPEG);
		assertRefused(List.of(photo, photo, photo, photo), "error.attachment.count");
		assertThat(AttachmentPolicy.check(List.of(photo, photo, photo))).hasSize(3);
	}

	@Test
	void emptyFileInputsAreDropped() {
		assertThat(AttachmentPolicy.check(List.of(new Upload("", new byte[0]), new Upload("a.pdf", PDF),
				new Upload(null, null)))).hasSize(1);
	}

	@Test
	void namesAreMadeSafe() {
		assertThat(AttachmentPolicy.safeName("../../etc/passwd.jpg", "image/jpeg")).isEqualTo("passwd.jpg");
		assertThat(AttachmentPolicy.safeName("C:\\Users\\x\\发票 2026.pdf.exe", "application/pdf"))
			.isEqualTo("发票 2026pdf.pdf");
		assertThat(AttachmentPolicy.safeName("<b>alert(1)<i>.png", "image/png"))
			.isEqualTo("balert1i.png");
		assertThat(AttachmentPolicy.safeName(null, "image/webp")).isEqualTo("file.webp");
		assertThat(AttachmentPolicy.safeName("....", "image/png")).isEqualTo("file.png");
		assertThat(AttachmentPolicy.safeName("a".repeat(300) + ".jpg", "image/jpeg")).hasSize(104);
	}

	private static void assertRefused(List<Upload> uploads, String key) {
		assertThatThrownBy(() -> AttachmentPolicy.check(uploads)).isInstanceOf(InvalidInputException.class)
			.extracting(e -> ((InvalidInputException) e).fieldErrors())
			.isEqualTo(java.util.Map.of("attachments", key));
	}

	private static byte[] bytes(int... values) {
		byte[] b = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			b[i] = (byte) values[i];
		}
		return b;
	}
}
