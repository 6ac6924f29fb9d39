package org.pomegranate.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link ApiError} outside Spring MVC, for failures the security filters answer
 * before a controller is reached (no or wrong credentials, a locked account).
 */
@Component
public class ApiErrorWriter {

	private final MessageSource messages;
	private final JsonMapper json;

	ApiErrorWriter(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey)
			throws IOException {
		write(request, response, status, messageKey, null, null);
	}

	/** The same, naming one field and what is wrong with it. */
	public void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey,
			String field, String fieldMessageKey) throws IOException {
		Locale locale = LocaleConfiguration.bestMatch(request.getHeader("Accept-Language"));
		List<ApiError.FieldError> fields = field == null ? List.of()
				: List.of(new ApiError.FieldError(field, messages.getMessage(fieldMessageKey, null, fieldMessageKey, locale)));
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(),
				new ApiError(status, messages.getMessage(messageKey, null, messageKey, locale), fields));
	}
}
