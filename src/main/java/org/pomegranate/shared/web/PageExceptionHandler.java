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

	@ExceptionHandler({ org.springframework.dao.DuplicateKeyException.class, ConflictException.class })
	String conflict(HttpServletResponse response, Model model) {
		return error(response, model, 409, "error.conflict");
	}

	@ExceptionHandler(RuleViolationException.class)
	String ruleViolated(RuleViolationException e, HttpServletResponse response, Model model) {
		model.addAttribute("messageArgs", e.messageArguments(messages, LocaleContextHolder.getLocale()));
		return error(response, model, 409, e.messageKey());
	}

	@ExceptionHandler({ InvalidInputException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class })
	String badRequest(HttpServletResponse response, Model model) {
		return error(response, model, 400, "error.badRequest");
	}

	private static String error(HttpServletResponse response, Model model, int status, String messageKey) {
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("messageKey", messageKey);
		return "error";
	}
}
