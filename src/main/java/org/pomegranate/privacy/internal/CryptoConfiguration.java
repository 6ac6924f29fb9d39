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
 * The field encryption key comes from {@code pomegranate.crypto.key} (base64 of 32 bytes). A
 * development machine without one gets a generated key in a file, with a warning: losing that
 * file makes every encrypted field unreadable, so production must configure the key.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

	@Bean
	FieldCipher fieldCipher(@Value("${pomegranate.crypto.key:}") String configuredKey,
			@Value("${pomegranate.crypto.dev-key-file:./data/dev-encryption.key}") String devKeyFile) {
		if (!configuredKey.isBlank()) {
			return new FieldCipher(Base64.getDecoder().decode(configuredKey.trim()));
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
