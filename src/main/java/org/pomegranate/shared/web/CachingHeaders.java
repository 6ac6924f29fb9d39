package org.pomegranate.shared.web;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long browsers keep what they fetched, for a phone on thin rural data.
 * <ul>
 * <li>Static files under a content-versioned name ({@code pomegranate-<md5>.css}, which every page
 * links to): a year, {@code immutable}; a new version has a new name.</li>
 * <li>The same files under their plain name: kept but asked again ({@code no-cache}, answered
 * 304 while unchanged).</li>
 * <li>Public pages that show nobody's data (sign-in, the anonymous request form) when no one is
 * signed in: {@code no-cache} instead of Spring Security's {@code no-store}, so that the browser's
 * back/forward cache may keep them.</li>
 * </ul>
 * Everything else keeps {@code no-store}: a signed-in page may show personal data, and must not
 * stay in the browser or come back from its back/forward cache after signing out.
 */
@Component
class CachingHeaders extends OncePerRequestFilter {

	static final String IMMUTABLE = "public, max-age=31536000, immutable";
	static final String REVALIDATE = "no-cache";

	private static final Pattern STATIC = StaticUrlEncoding.STATIC;
	private static final Pattern VERSIONED = Pattern.compile(".*-[0-9a-f]{32}\\.[A-Za-z0-9]+$");
	private static final Set<String> PUBLIC_PAGES = Set.of("/login", "/requests/new");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		if ("GET".equals(method) || "HEAD".equals(method)) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (STATIC.matcher(path).matches()) {
				// set before the answer is written: Spring Security adds no-store only where none is set
				response.setHeader("Cache-Control", VERSIONED.matcher(path).matches() ? IMMUTABLE : REVALIDATE);
			}
			else if (PUBLIC_PAGES.contains(path) && request.getUserPrincipal() == null) {
				response.setHeader("Cache-Control", REVALIDATE);
			}
		}
		chain.doFilter(request, response);
	}
}
