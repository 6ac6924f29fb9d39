package org.pomegranate.shared.web;

import java.util.List;

/**
 * The body of every 4xx answer of the JSON API: a translated message and, for bad input, one
 * translated message per field.
 */
public record ApiError(int status, String message, List<FieldError> fieldErrors) {

	public record FieldError(String field, String message) {
	}
}
