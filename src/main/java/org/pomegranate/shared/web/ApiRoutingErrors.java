package org.pomegranate.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A wrong path, method or content type under {@code /api/} fails before any API controller is
 * chosen, so {@link ApiExceptionHandler} never sees it. These still answer an {@link ApiError} in
 * the caller's language. Pages leave them to the error page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRoutingErrors {

	private final MessageSource messages;

	ApiRoutingErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
			HttpMediaTypeNotSupportedException.class })
	ResponseEntity<ApiError> routing(Exception e, HttpServletRequest request, Locale locale) throws Exception {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			throw e;
		}
		int status = ((ErrorResponse) e).getStatusCode().value();
		String key = switch (status) {
			case 404 -> "error.notFound";
			case 405 -> "error.method";
			default -> "error.badRequest";
		};
		String message = messages.getMessage(key, null, key, locale);
		return ResponseEntity.status(status).headers(((ErrorResponse) e).getHeaders())
			.body(new ApiError(status, message, List.of()));
	}
}
