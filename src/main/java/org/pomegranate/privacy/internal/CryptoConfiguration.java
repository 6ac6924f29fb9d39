package org.pomegranate.privacy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.pomegranate.privacy.FieldCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The field encryption key comes from {@code pomegranate.crypto.key} (base64 of 32 bytes). With the
 * embedded database and no key, a development key is generated in a file, with a warning; with an
 * external database a missing key stops the start, since losing a generated key would make every
 * encrypted field unreadable.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

	@Bean
	FieldCipher fieldCipher(@Value("${pomegranate.crypto.key:}") String configuredKey,
			@Value("${pomegranate.crypto.dev-key-file:./data/dev-encryption.key}") String devKeyFile,
			@Value("${spring.datasource.url:}") String externalDatabase) {
		if (!configuredKey.isBlank()) {
			return new FieldCipher(Base64.getDecoder().decode(configuredKey.trim()));
		}
		if (!externalDatabase.isBlank()) {
			// a generated key next to a real database is lost with the container, and every
			// encrypted field with it: refuse to start instead
			throw new IllegalStateException("An external database is configured but no field encryption key: "
					+ "set POMEGRANATE_CRYPTO_KEY (base64 of 32 bytes, see docs/operations.md)");
		}
		return new FieldCipher(developmentKey(Path.of(devKeyFile)));
	}

	private static byte[] developmentKey(Path file) {
		try {
			if (Files.exists(file)) {
				log.warn("*** Using the DEVELOPMENT encryption key in {}: set POMEGRANATE_CRYPTO_KEY in production ***", file);
				return Base64.getDecoder().decode(Files.readString(file).trim());
			}
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			Files.createDirectories(file.toAbsolutePath().getParent());
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
