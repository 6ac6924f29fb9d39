package org.pomegranate.shared.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An upload over the server's size limits fails as soon as anything reads the request's fields:
 * with Tomcat that is the CSRF check, long before a controller, and the person would get the
 * server's bare "413" page. This reads the fields first (after the character encoding is set,
 * before security) and answers itself: a page goes back to the form it came from with a message
 * in the reader's language; the API answers 413 as JSON.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10)
class UploadLimitFilter extends OncePerRequestFilter {

	static final String MESSAGE = "error.upload.tooLarge";

	private final ApiErrorWriter apiErrors;
	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	UploadLimitFilter(ApiErrorWriter apiErrors) {
		this.apiErrors = apiErrors;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || !type.toLowerCase().startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (RuntimeException e) {
			if (!tooLarge(e)) {
				throw e;
			}
			refuse(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getRequestURI().startsWith("/api/")) {
			// the words the attachment policy uses for a file too large, on the field it names
			apiErrors.write(request, response, 413, "error.invalid", "attachments", "error.attachment.size");
			return;
		}
		String back = backTo(request);
		FlashMap flash = new FlashMap();
		flash.put("problem", MESSAGE);
		flash.setTargetRequestPath(URI.create(back).getPath());
		// the same store the DispatcherServlet reads flash attributes from on the next page
		flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(back);
	}

	/** Tomcat's size exceptions (per file, per request, number of parts) all end in "LimitExceededException". */
	private static boolean tooLarge(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t.getClass().getSimpleName().endsWith("LimitExceededException")) {
				return true;
			}
		}
		return false;
	}

	/** The form's own page when the browser says where it was, else the address that was posted to. */
	private static String backTo(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer != null) {
			try {
				URI uri = URI.create(referer);
				if (request.getServerName().equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null
						&& uri.getRawPath().startsWith("/")) {
					return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
				}
			}
			catch (IllegalArgumentException e) {
				// not an address: fall back to the form's own
			}
		}
		return request.getRequestURI();
	}
}
