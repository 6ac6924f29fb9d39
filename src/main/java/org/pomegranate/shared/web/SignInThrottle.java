package org.pomegranate.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.shared.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Sign-in attempts per client address, in front of Spring Security so a refused attempt never
 * reaches the password check. Every POST to {@code /login} counts, atomically before the check, so a
 * parallel burst cannot outrun it; the limit is generous because an office shares one address behind
 * its router. An API call that fails authentication (401) counts afterwards; once the window is used
 * up, calls from that address are refused before they are checked. The account's own lockout is
 * another, separate guard.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20)
class SignInThrottle extends OncePerRequestFilter {

	private final RateLimiter limiter;
	private final ApiErrorWriter apiErrors;
	private final MessageSource messages;
	private final int perAddress;
	private final Duration window;

	SignInThrottle(RateLimiter limiter, ApiErrorWriter apiErrors, MessageSource messages,
			@Value("${pomegranate.rate-limit.sign-in.per-address:30}") int perAddress,
			@Value("${pomegranate.rate-limit.sign-in.window:PT10M}") Duration window) {
		this.limiter = limiter;
		this.apiErrors = apiErrors;
		this.messages = messages;
		this.perAddress = perAddress;
		this.window = window;
	}

	static String key(String address) {
		return "sign-in:address:" + address;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !isFormLogin(request) && !isApi(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request.getRemoteAddr());
		if (isFormLogin(request)) {
			if (!limiter.tryAcquire(key, perAddress, window)) {
				refusePage(request, response);
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		// until the account is known (ApiRateLimit then says its own), the limit that applies is this one
		response.setHeader("RateLimit-Limit", String.valueOf(perAddress));
		response.setHeader("RateLimit-Reset", String.valueOf(limiter.retryAfter(window).toSeconds()));
		if (limiter.exhausted(key, perAddress, window)) {
			response.setHeader("Retry-After", String.valueOf(retryAfterSeconds()));
			apiErrors.write(request, response, 429, "error.tooManyRequests");
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == 401) {
			limiter.tryAcquire(key, perAddress, window);
		}
	}

	private static boolean isFormLogin(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/api/");
	}

	private long retryAfterSeconds() {
		return Math.max(1, (limiter.retryAfter(window).toMillis() + 999) / 1000);
	}

	/** Outside Spring MVC: a small page of its own in the reader's language. */
	private void refusePage(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Locale locale = LocaleConfiguration.bestMatch(request.getHeader("Accept-Language"));
		long seconds = retryAfterSeconds();
		String message = HtmlUtils.htmlEscape(messages.getMessage("error.tooManyRequests", null, locale));
		String retry = HtmlUtils.htmlEscape(messages.getMessage("error.tooManyRequests.retry",
				new Object[] { (seconds + 59) / 60 }, locale));
		response.setStatus(429);
		response.setHeader("Retry-After", String.valueOf(seconds));
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag()
				+ "\"><head><meta charset=\"utf-8\"><title>429</title></head><body><main><h1>429</h1><p>" + message
				+ "</p><p>" + retry + "</p><p><a href=\"/login\">" + "&#8617;" + "</a></p></main></body></html>");
	}
}
