package org.pomegranate.identity.internal;

import java.util.Map;

/**
 * The security headers of every answer (OWASP ASVS 5.0 V3.4), in one place for the security filter
 * chains and for the answers Tomcat writes itself ({@link TomcatErrorPage}).
 * <ul>
 * <li>The pages load scripts, styles and images only from this server (htmx and Bootstrap are
 * served from WebJars); forms post only here ({@code form-action}), a {@code <base>} cannot
 * redirect relative links, and no other site may frame a page (clickjacking).</li>
 * <li>The JSON API and error answers allow nothing at all to load.</li>
 * <li>No referrer leaves the site (a URL can carry a request's id); no camera, microphone,
 * location or payment for any page (nothing here needs them; a file input still takes a photo).</li>
 * </ul>
 */
final class SecurityHeaders {

	/** Styles may be inline: htmx inserts its indicator style, and a few templates set a width. */
	static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
			+ "script-src 'self'; object-src 'none'; form-action 'self'; base-uri 'self'; frame-ancestors 'none'";

	static final String NOTHING_POLICY = "default-src 'none'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

	static final String REFERRER_POLICY = "same-origin";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), bluetooth=(), interest-cohort=()";

	static final String HSTS = "max-age=31536000 ; includeSubDomains";

	private SecurityHeaders() {
	}

	/** The headers of an answer written outside Spring Security (Tomcat's own errors). */
	static Map<String, String> forPlainAnswer(boolean secure) {
		Map<String, String> headers = new java.util.LinkedHashMap<>();
		headers.put("Content-Security-Policy", NOTHING_POLICY);
		headers.put("Referrer-Policy", REFERRER_POLICY);
		headers.put("Permissions-Policy", PERMISSIONS_POLICY);
		headers.put("X-Content-Type-Options", "nosniff");
		headers.put("X-Frame-Options", "DENY");
		headers.put("Cache-Control", "no-store");
		if (secure) {
			headers.put("Strict-Transport-Security", HSTS);
		}
		return headers;
	}
}
