package org.pomegranate.shared.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload over the server's size limits fails while the request is read, before any controller
 * is chosen, so the page and API handlers (bound to controllers) never see it. A page goes back
 * to the form it came from with a message; the API answers 413 in the caller's language.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UploadLimitHandler {

	static final String MESSAGE = "error.upload.tooLarge";

	private final ApiErrorWriter apiErrors;

	UploadLimitHandler(ApiErrorWriter apiErrors) {
		this.apiErrors = apiErrors;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getRequestURI().startsWith("/api/")) {
			apiErrors.write(request, response, 413, MESSAGE);
			return null;
		}
		// the redirect saves the flash map for the next page
		RequestContextUtils.getOutputFlashMap(request).put("problem", MESSAGE);
		return "redirect:" + backTo(request);
	}

	/** The form's own page when the browser says where it was, else the address that was posted to. */
	private static String backTo(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer != null) {
			try {
				URI uri = URI.create(referer);
				String host = request.getServerName();
				if (host.equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null && uri.getRawPath().startsWith("/")) {
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
