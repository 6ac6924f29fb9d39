package org.pomegranate.shared.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.validation.BindingResult;

/**
 * Input that passed type checks but breaks a business rule (bad ID checksum, unknown id in a
 * reference). Carries message keys, translated at the edge into the caller's language.
 *
 * @param fieldErrors field name to message key
 */
public class InvalidInputException extends RuntimeException {

	private final Map<String, String> fieldErrors;

	public InvalidInputException(String field, String messageKey) {
		this(Map.of(field, messageKey));
	}

	public InvalidInputException(Map<String, String> fieldErrors) {
		super("invalid input: " + fieldErrors);
		this.fieldErrors = Map.copyOf(fieldErrors);
	}

	public Map<String, String> fieldErrors() {
		return fieldErrors;
	}

	/**
	 * Puts these errors on a page form: on the field when the form has one of that name,
	 * otherwise (the resident's status, say) as a message for the whole form.
	 */
	public void rejectOn(BindingResult form) {
		Object target = form.getTarget();
		Set<String> fields = target == null || !target.getClass().isRecord() ? Set.of()
				: Arrays.stream(target.getClass().getRecordComponents()).map(RecordComponent::getName)
					.collect(Collectors.toSet());
		fieldErrors.forEach((field, key) -> {
			if (fields.contains(field)) {
				form.rejectValue(field, key, key);
			}
			else {
				form.reject(key, key);
			}
		});
	}
}
