package org.pomegranate.identity.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.pomegranate.shared.web.LocaleConfiguration;
import org.springframework.web.util.HtmlUtils;

/**
 * What Tomcat answers by itself, before the application sees the request (an illegal character in
 * the URL, a malformed header): instead of Tomcat's own page, naming the server, without any of
 * our headers, a short translated page (or JSON for an API client) with the same security headers
 * as every other answer. Errors inside the application never get here: they have a body already.
 */
public class TomcatErrorPage extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		SecurityHeaders.forPlainAnswer(request.isSecure()).forEach(response::setHeader);
		Locale locale = LocaleConfiguration.bestMatch(request.getHeader("Accept-Language"));
		String message = text(locale, status == 404 ? "error.notFound" : status >= 500 ? "error.server" : "error.badRequest");
		String accept = request.getHeader("Accept");
		// a request whose first line could not be read has no headers or path either: a page, in Chinese
		String path = request.getDecodedRequestURI();
		boolean json = (accept != null && accept.contains("json")) || (path != null && path.startsWith("/api/"));
		try {
			response.setCharacterEncoding("UTF-8");
			Writer out = response.getReporter();
			if (out == null) {
				return;
			}
			if (json) {
				response.setContentType("application/json");
				out.write("{\"status\":" + status + ",\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"")
						+ "\",\"fieldErrors\":[]}");
			}
			else {
				response.setContentType("text/html");
				String title = HtmlUtils.htmlEscape(text(locale, "error.title"));
				out.write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"utf-8\"><title>"
						+ title + "</title></head><body><main><h1>" + status + "</h1><p>" + HtmlUtils.htmlEscape(message)
						+ "</p><p><a href=\"/\">" + HtmlUtils.htmlEscape(text(locale, "error.home")) + "</a></p></main></body></html>");
			}
			out.flush();
		}
		catch (IOException | IllegalStateException e) {
			// the client has gone, or the answer is already on its way: nothing more to say
		}
	}

	/** Without the JVM's own language as a fallback: Chinese (the base bundle) is the default here. */
	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private static String text(Locale locale, String key) {
		try {
			return ResourceBundle.getBundle("messages", locale, TomcatErrorPage.class.getClassLoader(), NO_FALLBACK)
				.getString(key);
		}
		catch (MissingResourceException e) {
			return ResourceBundle.getBundle("messages", Locale.ROOT, TomcatErrorPage.class.getClassLoader(), NO_FALLBACK)
				.getString(key);
		}
	}
}
