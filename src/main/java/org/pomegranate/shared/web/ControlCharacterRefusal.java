package org.pomegranate.shared.web;

import java.beans.PropertyEditorSupport;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one place that refuses {@link ControlCharacters} in every text field: JSON bodies through a
 * string deserializer (the API answers 400 naming the property), form fields and request parameters
 * through a binder editor (a field error on the form, a 400 page for a parameter). Services need not
 * check it again; values that reach them by other paths (a category's free answers, file names) are
 * checked where they are read.
 */
@Configuration(proxyBeanMethods = false)
@ControllerAdvice
class ControlCharacterRefusal {

	@Bean
	SimpleModule controlCharacterModule() {
		SimpleModule module = new SimpleModule("control-characters");
		module.addDeserializer(String.class, new RefusingStringDeserializer());
		return module;
	}

	@InitBinder
	void refuseControlCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new RefusingEditor());
	}

	/** Thrown (and recognised by the error handlers) when a text value holds a control character. */
	static final class Refused extends IllegalArgumentException {

		Refused() {
			super("control characters");
		}
	}

	private static final class RefusingEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (ControlCharacters.present(text)) {
				throw new Refused();
			}
			setValue(text);
		}
	}

	private static final class RefusingStringDeserializer extends ValueDeserializer<String> {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			if (p.currentToken() == JsonToken.VALUE_STRING) {
				String text = p.getString();
				if (ControlCharacters.present(text)) {
					throw ctxt.weirdStringException("(control characters)", String.class, ControlCharacters.MESSAGE);
				}
				return text;
			}
			// a number may stand for text (a room "101"); true or false never does
			if (p.currentToken().isNumeric()) {
				return p.getValueAsString();
			}
			return (String) ctxt.handleUnexpectedToken(String.class, p);
		}
	}
}
