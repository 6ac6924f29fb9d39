package org.pomegranate.translation.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's message source: the bundles {@code messages*.properties} as Spring Boot would set them up
 * from {@code spring.messages.*} (UTF-8, Chinese when a key is missing, never the server's own locale), with the
 * reviewers' corrections on top. Defining it here replaces Boot's own.
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfiguration {

	@Bean
	ReviewedTexts reviewedTexts(ObjectProvider<ReviewRepository> reviews) {
		return new ReviewedTexts(reviews);
	}

	@Bean
	MessageSource messageSource(ReviewedTexts reviewed) {
		ReviewedMessageSource source = new ReviewedMessageSource(reviewed);
		source.setBasename("messages");
		source.setDefaultEncoding(StandardCharsets.UTF_8.name());
		source.setFallbackToSystemLocale(false);
		return source;
	}
}
