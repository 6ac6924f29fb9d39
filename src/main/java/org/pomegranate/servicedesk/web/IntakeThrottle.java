package org.pomegranate.servicedesk.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.pomegranate.privacy.FieldCipher;
import org.pomegranate.shared.RateLimiter;
import org.pomegranate.shared.TooManyRequestsException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Anonymous intake on the portal is open to anyone, with files: limited per client address and per
 * phone given, so one sender cannot flood a community's queue. The phone enters the limiter's key
 * only as a keyed hash. The address is the one the servlet container reports, which honours a
 * proxy's forwarded address only as {@code server.forward-headers-strategy} says.
 */
@Component
class IntakeThrottle {

	private final RateLimiter limiter;
	private final FieldCipher cipher;
	private final int perAddress;
	private final int perPhone;
	private final Duration window;

	IntakeThrottle(RateLimiter limiter, FieldCipher cipher,
			@Value("${pomegranate.rate-limit.intake.per-address:20}") int perAddress,
			@Value("${pomegranate.rate-limit.intake.per-phone:5}") int perPhone,
			@Value("${pomegranate.rate-limit.intake.window:PT1H}") Duration window) {
		this.limiter = limiter;
		this.cipher = cipher;
		this.perAddress = perAddress;
		this.perPhone = perPhone;
		this.window = window;
	}

	/** @throws TooManyRequestsException when this address or this phone has sent enough for now */
	void check(HttpServletRequest request, String phone) {
		limiter.acquire(addressKey(request.getRemoteAddr()), perAddress, window);
		if (phone != null && !phone.isBlank()) {
			limiter.acquire(phoneKey(phone), perPhone, window);
		}
	}

	static String addressKey(String address) {
		return "intake:address:" + address;
	}

	String phoneKey(String phone) {
		return "intake:phone:" + cipher.searchHash("rate-limit:" + phone.strip());
	}
}
