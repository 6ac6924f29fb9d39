package org.pomegranate.shared.web;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The database away while a filter needs it (the session, an API token, a rate limit): the answer is
 * a translated 503 with {@code Retry-After}, as Spring MVC's handlers give inside a controller, not a
 * 500. Outermost, so that every filter behind it is covered; the pool reconnects by itself, so the
 * client only has to retry.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private final ApiErrorWriter apiErrors;
	private final MessageSource messages;

	DatabaseUnavailableFilter(ApiErrorWriter apiErrors, MessageSource messages) {
		this.apiErrors = apiErrors;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException e) {
			if (!databaseAway(e) || response.isCommitted()) {
				throw e;
			}
			response.resetBuffer();
			response.setHeader("Retry-After", "5");
			if (request.getRequestURI().startsWith("/api/") || request.getRequestURI().startsWith("/actuator/")) {
				apiErrors.write(request, response, 503, "error.database.unavailable");
				return;
			}
			Locale locale = LocaleConfiguration.bestMatch(request.getHeader("Accept-Language"));
			String message = HtmlUtils.htmlEscape(messages.getMessage("error.database.unavailable", null, locale));
			response.setStatus(503);
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag()
					+ "\"><head><meta charset=\"utf-8\"><title>503</title></head><body><main><h1>503</h1><p>" + message
					+ "</p></main></body></html>");
		}
	}

	/**
	 * Anything in the chain that says the connection, not the request, failed: no connection, a
	 * transaction that could not begin or end, or a driver error of the connection classes (08: the
	 * connection broke; 57P: the server is shutting down) that Spring left uncategorised.
	 */
	private static boolean databaseAway(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof RecoverableDataAccessException
					|| t instanceof TransientDataAccessResourceException || t instanceof TransactionException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
		}
		return false;
	}
}
