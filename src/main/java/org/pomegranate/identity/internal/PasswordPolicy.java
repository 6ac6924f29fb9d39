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

/**
 * What a password must be (ASVS 5.0 V6.2): at least {@value #MIN_LENGTH} characters, at most 72 bytes
 * (BCrypt's limit), not one of the 30,000 most common passwords (with or without a number or sign
 * added at the end), not the username, and not trivial (one or two characters repeated, or a run
 * such as "1234567890", "abcdefghij" or "qwertyuiop"). Nothing else is demanded (no forced mix of character classes):
 * length and a blocklist protect better, and a passphrase in any script is welcome.
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 10;
	static final int MAX_LENGTH = 72;
	/** A common word keeps counting as common with up to this many digits or signs added at its end. */
	private static final int MAX_DECORATION = 6;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	/** The message key of what is wrong with the password, or empty when it is acceptable. */
	public Optional<String> problem(String password, String username) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("error.password.short");
		}
		// BCrypt reads at most 72 bytes; 25 Tibetan or Chinese characters are already more
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
			return Optional.of("error.password.long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("error.password.username");
		}
		if (trivial(lower)) {
			return Optional.of("error.password.trivial");
		}
		if (common.contains(lower) || common.contains(undecorated(lower))) {
			return Optional.of("error.password.common");
		}
		return Optional.empty();
	}

	/** The list's size, for the test that it is a real list. */
	int commonPasswords() {
		return common.size();
	}

	/** Runs that people type as a "password"; each is doubled so a run may wrap ("7890123456"). */
	private static final java.util.List<String> RUNS = java.util.stream.Stream
		.of("0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p")
		.flatMap(r -> java.util.stream.Stream.of(r + r, new StringBuilder(r + r).reverse().toString()))
		.toList();

	/** At most two distinct characters ("aaaaaaaaaa", "abababab12" is not), or a piece of a simple run. */
	static boolean trivial(String password) {
		if (password.codePoints().distinct().count() <= 2) {
			return true;
		}
		return RUNS.stream().anyMatch(run -> run.contains(password));
	}

	/** The password without up to {@value #MAX_DECORATION} digits or signs at its end ("dragon2024!" → "dragon"). */
	private static String undecorated(String password) {
		int end = password.length();
		while (end > 0 && password.length() - end < MAX_DECORATION && !Character.isLetter(password.charAt(end - 1))) {
			end--;
		}
		return password.substring(0, end);
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
