package org.pomegranate.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;

/**
 * When PostgreSQL rolls one of two acts back to break a deadlock (or a lock wait gives up), nothing
 * of that act was written and doing it again is safe: the caller is told so with 409 in their
 * language, on the API and on pages, instead of "something went wrong" (500).
 */
class ConcurrencyFailureAnswerTests {

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	@SuppressWarnings("unchecked")
	void aDeadlockLoserOnTheApiAnswers409InTheCallersLanguage() throws Exception {
		Method handler = new ExceptionHandlerMethodResolver(ApiExceptionHandler.class)
			.resolveMethod(new PessimisticLockingFailureException("ERROR: deadlock detected"));
		assertThat(handler).isNotNull();
		handler.setAccessible(true);
		for (Locale locale : new Locale[] { Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH, Locale.forLanguageTag("bo"),
				Locale.forLanguageTag("mn") }) {
			LocaleContextHolder.setLocale(locale);
			ResponseEntity<ApiError> answer = (ResponseEntity<ApiError>) handler
				.invoke(new ApiExceptionHandler(messages()), new Object[handler.getParameterCount()]);
			assertThat(answer.getStatusCode().value()).isEqualTo(409);
			assertThat(answer.getBody().message()).as(locale.toString())
				.isEqualTo(messages().getMessage("error.conflict", null, locale))
				.isNotEqualTo("error.conflict");
		}
	}

	@Test
	void aLockWaitGivenUpOnAPageRendersTheConflictPage() {
		Method handler = new ExceptionHandlerMethodResolver(PageExceptionHandler.class)
			.resolveMethod(new CannotAcquireLockException("ERROR: canceling statement due to lock timeout"));
		Method duplicate = new ExceptionHandlerMethodResolver(PageExceptionHandler.class)
			.resolveMethod(new org.springframework.dao.DuplicateKeyException("duplicate"));
		assertThat(handler).isNotNull().isEqualTo(duplicate);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
