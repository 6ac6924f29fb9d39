package org.pomegranate.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt is slow on purpose (tens of milliseconds of CPU), and API clients send their password
 * with every call (HTTP Basic, no session). This remembers, for five minutes, that a presented
 * password matched a stored hash, so a busy client pays for BCrypt once, not on every call.
 * <ul>
 * <li>Only matches are remembered: every wrong password is checked in full and counts towards
 * the lockout.</li>
 * <li>The account's row is still read on every call, so a locked or disabled account is refused
 * before the password is looked at.</li>
 * <li>The stored hash is part of the key: a reset password changes it, so entries for the old
 * password can never match again (on every instance, at once).</li>
 * <li>Memory holds neither passwords nor their plain digests, only HMACs under a key drawn at
 * start-up and never stored; at most {@value #MAX_ENTRIES} entries.</li>
 * </ul>
 */
final class RecentlyVerifiedPasswords implements PasswordEncoder {

	static final Duration REMEMBER_FOR = Duration.ofMinutes(5);
	static final int MAX_ENTRIES = 10_000;

	private final PasswordEncoder delegate;
	private final Clock clock;
	private final SecretKeySpec key;
	private final Map<String, Instant> verified = new ConcurrentHashMap<>();

	RecentlyVerifiedPasswords(PasswordEncoder delegate, Clock clock) {
		this.delegate = delegate;
		this.clock = clock;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return delegate.matches(rawPassword, encodedPassword);
		}
		String entry = entry(rawPassword, encodedPassword);
		Instant now = clock.instant();
		Instant until = verified.get(entry);
		if (until != null && now.isBefore(until)) {
			return true;
		}
		boolean matches = delegate.matches(rawPassword, encodedPassword);
		if (matches) {
			remember(entry, now.plus(REMEMBER_FOR), now);
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}

	int size() {
		return verified.size();
	}

	private void remember(String entry, Instant until, Instant now) {
		if (verified.size() >= MAX_ENTRIES) {
			verified.values().removeIf(t -> !now.isBefore(t));
			if (verified.size() >= MAX_ENTRIES) {
				// full of live entries: start over rather than grow; the cost is one BCrypt per client
				verified.clear();
			}
		}
		verified.put(entry, until);
	}

	private String entry(CharSequence rawPassword, String encodedPassword) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(mac.doFinal());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
