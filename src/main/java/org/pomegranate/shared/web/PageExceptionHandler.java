package org.pomegranate.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Failures on pages render the error page with a translated message and the right status
 * instead of a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	private final MessageSource messages;

	PageExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	String notFound(HttpServletResponse response, Model model) {
		return error(response, model, 404, "error.notFound");
	}

	@ExceptionHandler(ForbiddenException.class)
	String forbidden(HttpServletResponse response, Model model) {
		return error(response, model, 403, "error.forbidden");
	}

	/** A unique index decided between two people, or the database rolled one act back to break a deadlock. */
	@ExceptionHandler({ org.springframework.dao.DuplicateKeyException.class,
			org.springframework.dao.ConcurrencyFailureException.class, ConflictException.class })
	String conflict(HttpServletResponse response, Model model) {
		return error(response, model, 409, "error.conflict");
	}

	@ExceptionHandler(RuleViolationException.class)
	String ruleViolated(RuleViolationException e, HttpServletResponse response, Model model) {
		model.addAttribute("messageArgs", e.messageArguments(messages, LocaleContextHolder.getLocale()));
		return error(response, model, 409, e.messageKey());
	}

	@ExceptionHandler({ InvalidInputException.class, MissingServletRequestParameterException.class })
	String badRequest(HttpServletResponse response, Model model) {
		return error(response, model, 400, "error.badRequest");
	}

	/** A parameter that could not be read; one with control characters says so. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String badParameter(MethodArgumentTypeMismatchException e, HttpServletResponse response, Model model) {
		return error(response, model, 400, e.getCause() instanceof ControlCharacterRefusal.Refused
				|| (e.getCause() != null && e.getCause().getCause() instanceof ControlCharacterRefusal.Refused)
						? ControlCharacters.MESSAGE : "error.badRequest");
	}

	/** A rate limit was reached (anonymous intake, say): the page says when to try again. */
	@ExceptionHandler(org.pomegranate.shared.TooManyRequestsException.class)
	String tooMany(org.pomegranate.shared.TooManyRequestsException e, HttpServletResponse response, Model model) {
		response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
		model.addAttribute("retryAfterMinutes", (e.retryAfterSeconds() + 59) / 60);
		return error(response, model, 429, "error.tooManyRequests");
	}

	/** The database cannot be reached: retry shortly; the pool reconnects by itself. */
	@ExceptionHandler({ org.springframework.transaction.CannotCreateTransactionException.class,
			org.springframework.dao.DataAccessResourceFailureException.class,
			org.springframework.dao.RecoverableDataAccessException.class,
			org.springframework.transaction.TransactionSystemException.class })
	String databaseUnavailable(HttpServletResponse response, Model model) {
		response.setHeader("Retry-After", "5");
		return error(response, model, 503, "error.database.unavailable");
	}

	private static String error(HttpServletResponse response, Model model, int status, String messageKey) {
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("messageKey", messageKey);
		return "error";
	}
}
