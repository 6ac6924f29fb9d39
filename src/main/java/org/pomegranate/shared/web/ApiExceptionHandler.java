package org.pomegranate.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of a JSON endpoint into an {@link ApiError} in the caller's language. Only
 * controllers annotated {@code @RestController} are covered; pages have {@link PageExceptionHandler}.
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ApiError> notFound() {
		return error(HttpStatus.NOT_FOUND, "error.notFound", List.of());
	}

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<ApiError> forbidden() {
		return error(HttpStatus.FORBIDDEN, "error.forbidden", List.of());
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ApiError> invalid(InvalidInputException e) {
		List<ApiError.FieldError> fields = e.fieldErrors().entrySet().stream()
			.map(f -> new ApiError.FieldError(f.getKey(), text(f.getValue())))
			.toList();
		return error(HttpStatus.BAD_REQUEST, "error.invalid", fields);
	}

	/**
	 * Two people registering the same ID number at the same moment: the database's unique index
	 * decides. Or two acts that met in the database and one was rolled back to break a deadlock or
	 * a lock wait: nothing of it was written, and doing it again is safe.
	 */
	@ExceptionHandler({ org.springframework.dao.DuplicateKeyException.class,
			org.springframework.dao.ConcurrencyFailureException.class })
	ResponseEntity<ApiError> conflict() {
		return error(HttpStatus.CONFLICT, "error.conflict", List.of());
	}

	/**
	 * The database cannot be reached (restarting, network gone), or a commit broke off with the
	 * connection: the connection pool reconnects by itself, so the caller is told to retry shortly
	 * (an intake retried with its Idempotency-Key is never taken twice) instead of getting a 500.
	 */
	@ExceptionHandler({ org.springframework.transaction.CannotCreateTransactionException.class,
			org.springframework.dao.DataAccessResourceFailureException.class,
			org.springframework.dao.RecoverableDataAccessException.class,
			org.springframework.transaction.TransactionSystemException.class })
	ResponseEntity<ApiError> databaseUnavailable() {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
			.body(new ApiError(503, text("error.database.unavailable"), List.of()));
	}

	/** The version named in If-Match is no longer the record's. */
	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ApiError> changedMeanwhile() {
		return error(HttpStatus.PRECONDITION_FAILED, "error.changedMeanwhile", List.of());
	}

	@ExceptionHandler(RuleViolationException.class)
	ResponseEntity<ApiError> ruleViolated(RuleViolationException e) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError(HttpStatus.CONFLICT.value(),
				messages.getMessage(e.messageKey(), e.messageArguments(messages, locale()), e.messageKey(), locale()),
				List.of()));
	}

	/** A rate limit was reached: the caller learns when to try again. */
	@ExceptionHandler(org.pomegranate.shared.TooManyRequestsException.class)
	ResponseEntity<ApiError> tooMany(org.pomegranate.shared.TooManyRequestsException e) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
			.body(new ApiError(429, text("error.tooManyRequests"), List.of()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
		String why = refused(e) ? ControlCharacters.MESSAGE : "error.field.type";
		return error(HttpStatus.BAD_REQUEST, "error.invalid", List.of(new ApiError.FieldError(e.getName(), text(why))));
	}

	/** A value the binder refused for its control characters ({@link ControlCharacterRefusal}). */
	private static boolean refused(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof ControlCharacterRefusal.Refused) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		List<ApiError.FieldError> fields = new ArrayList<>();
		if (ex instanceof BindException bind) {
			bind.getFieldErrors().forEach(f -> fields.add(new ApiError.FieldError(f.getField(), fieldText(f))));
		}
		if (ex instanceof HttpMessageNotReadableException unreadable) {
			String why = unreadable.getCause() instanceof InvalidFormatException f && f.getTargetType() == String.class
					? ControlCharacters.MESSAGE : "error.field.type";
			fieldOf(unreadable).ifPresent(field -> fields.add(new ApiError.FieldError(field, text(why))));
		}
		if (ex instanceof HandlerMethodValidationException validation) {
			validation.getAllErrors().forEach(err -> fields.add(new ApiError.FieldError(
					err instanceof org.springframework.validation.FieldError f ? f.getField() : "request",
					messages.getMessage(err, locale()))));
		}
		String key = status.is4xxClientError() ? (fields.isEmpty() ? "error.badRequest" : "error.invalid")
				: "error.server";
		if (status.value() == 404) {
			key = "error.notFound";
		}
		if (status.value() == 405) {
			key = "error.method";
		}
		ApiError error = new ApiError(status.value(), text(key), fields);
		return ResponseEntity.status(status).headers(headers).body(error);
	}

	/** The JSON property that could not be read, e.g. {@code birthDate} for "yesterday". */
	private static Optional<String> fieldOf(HttpMessageNotReadableException e) {
		if (e.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
			return Optional.of(json.getPath().stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.collect(Collectors.joining(".")));
		}
		return Optional.empty();
	}

	private String fieldText(org.springframework.validation.FieldError f) {
		if (f.isBindingFailure()) {
			return text(f.getRejectedValue() instanceof String v && ControlCharacters.present(v) ? ControlCharacters.MESSAGE
					: "error.field.type");
		}
		return messages.getMessage(f, locale());
	}

	private ResponseEntity<ApiError> error(HttpStatus status, String key, List<ApiError.FieldError> fields) {
		return ResponseEntity.status(status).body(new ApiError(status.value(), text(key), fields));
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
