package org.pomegranate.privacy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.pomegranate.privacy.FieldCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The field encryption keyring. The current key comes from {@code pomegranate.crypto.key} (base64 of
 * 32 bytes) with its version {@code pomegranate.crypto.key-version} (default 1); keys of earlier
 * versions, still needed to read values not yet rotated, from {@code pomegranate.crypto.old-keys}
 * ({@code 1:base64,2:base64}). With the embedded database and no key, a development key is
 * generated in a file readable by its owner only, with a warning; with an external database a
 * missing key stops the start, since losing a generated key would make every encrypted field
 * unreadable.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

	@Bean
	FieldCipher fieldCipher(@Value("${pomegranate.crypto.key:}") String configuredKey,
			@Value("${pomegranate.crypto.key-version:1}") int version,
			@Value("${pomegranate.crypto.old-keys:}") String oldKeys,
			@Value("${pomegranate.crypto.dev-key-file:./data/dev-encryption.key}") String devKeyFile,
			@Value("${spring.datasource.url:}") String externalDatabase) {
		if (!configuredKey.isBlank()) {
			Map<Integer, byte[]> ring = keyring(oldKeys);
			ring.put(version, Base64.getDecoder().decode(configuredKey.trim()));
			return new FieldCipher(version, ring);
		}
		if (!externalDatabase.isBlank()) {
			// a generated key next to a real database is lost with the container, and every
			// encrypted field with it: refuse to start instead
			throw new IllegalStateException("An external database is configured but no field encryption key: "
					+ "set POMEGRANATE_CRYPTO_KEY (base64 of 32 bytes, see docs/operations.md)");
		}
		return new FieldCipher(developmentKey(Path.of(devKeyFile)));
	}

	/** {@code 1:base64,2:base64} → version → key. */
	static Map<Integer, byte[]> keyring(String oldKeys) {
		Map<Integer, byte[]> ring = new HashMap<>();
		for (String entry : oldKeys.split(",")) {
			if (entry.isBlank()) {
				continue;
			}
			int colon = entry.indexOf(':');
			if (colon < 0) {
				throw new IllegalArgumentException("pomegranate.crypto.old-keys: write each key as <version>:<base64>");
			}
			ring.put(Integer.parseInt(entry.substring(0, colon).trim()),
					Base64.getDecoder().decode(entry.substring(colon + 1).trim()));
		}
		return ring;
	}

	static byte[] developmentKey(Path file) {
		try {
			if (Files.exists(file)) {
				log.warn("*** Using the DEVELOPMENT encryption key in {}: set POMEGRANATE_CRYPTO_KEY in production ***", file);
				return Base64.getDecoder().decode(Files.readString(file).trim());
			}
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			Files.createDirectories(file.toAbsolutePath().getParent());
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				// created 0600 from the first byte on: the key is never readable by others, not even briefly
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			Files.writeString(file, Base64.getEncoder().encodeToString(key));
			log.warn("""

					*****************************************************************************
					* No pomegranate.crypto.key configured: generated a DEVELOPMENT key in       *
					* {}
					* Fine for a demo. In production set POMEGRANATE_CRYPTO_KEY and keep it safe: *
					* without the key no ID number, phone or ethnicity can be read again.        *
					*****************************************************************************""", file.toAbsolutePath());
			return key;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read or write the development key " + file, e);
		}
	}
}
