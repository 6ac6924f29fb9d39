package org.pomegranate.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** At least 8 characters, at most 72 bytes (BCrypt's limit), and not on the list of common passwords. */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 8;
	static final int MAX_LENGTH = 72;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	/** The message key of what is wrong with the password, or empty when it is acceptable. */
	public Optional<String> problem(String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("error.password.short");
		}
		// BCrypt reads at most 72 bytes; 25 Tibetan or Chinese characters are already more
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
			return Optional.of("error.password.long");
		}
		if (common.contains(password.toLowerCase(Locale.ROOT))) {
			return Optional.of("error.password.common");
		}
		return Optional.empty();
	}

	private static Set<String> load() {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("identity/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
				.map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
