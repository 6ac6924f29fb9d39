package org.pomegranate.shared.web;

import java.util.Map;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every operation of the API description names the failures it can really answer, each with the
 * {@link ApiError} body: 400 (bad input), 401 (no or wrong credentials), 403 (the role lacks the
 * permission), 404 (an id in the path unknown or out of scope), 409 (a rule or a concurrent
 * duplicate), 412 (a stale {@code If-Match}), 413 (an upload too large), 429 (a rate limit, with
 * {@code Retry-After}) and 500. Written once here rather than on each controller method, so no
 * operation can forget one.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiErrors {

	private static final String REF = "#/components/schemas/ApiError";

	@Bean
	OpenApiCustomizer errorResponses() {
		return openApi -> {
			ModelConverters.getInstance().readAll(ApiError.class).forEach(openApi.getComponents()::addSchemas);
			openApi.getComponents().addHeaders("Retry-After", new Header()
				.description("seconds until the limit's window ends").schema(new IntegerSchema().minimum(
						java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(86_400)).format("int32")));
			openApi.getComponents().addHeaders("RateLimit-Limit", new Header()
				.description("calls allowed per window for this caller").schema(new IntegerSchema().minimum(
						java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(1_000_000)).format("int32")));
			openApi.getComponents().addHeaders("RateLimit-Reset", new Header()
				.description("seconds until the window ends").schema(new IntegerSchema().minimum(
						java.math.BigDecimal.ZERO).maximum(java.math.BigDecimal.valueOf(86_400)).format("int32")));
			if (openApi.getPaths() != null) {
				openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
					.forEach((method, operation) -> describe(path, method, operation)));
			}
			OpenApiLimits.apply(openApi);
		};
	}

	private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
		ApiResponses responses = operation.getResponses();
		add(responses, "400", "bad input: a field missing, too long, of the wrong type, with control characters, "
				+ "or an id in the body unknown or out of scope (the field is named)");
		add(responses, "401", "no or wrong credentials, or a locked account");
		add(responses, "403", "the caller's role lacks the permission");
		if (path.contains("{")) {
			add(responses, "404", "no such record, or one outside the caller's scope");
		}
		boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
		if (writes) {
			add(responses, "409", "a rule refuses it now (the status moved on), or someone did the same at the same "
					+ "moment");
		}
		if (method == PathItem.HttpMethod.PUT) {
			add(responses, "412", "If-Match names a version that is no longer the record's");
		}
		if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
				&& operation.getRequestBody().getContent().containsKey("multipart/form-data")) {
			add(responses, "413", "the upload is too large");
		}
		add(responses, "429", "too many calls; try again after Retry-After seconds").setHeaders(Map.of("Retry-After",
				new Header().$ref("#/components/headers/Retry-After")));
		add(responses, "500", "something went wrong on the server; nothing was written");
		// every answer to a signed-in caller carries the limit that applies (ApiRateLimit, SignInThrottle)
		responses.forEach((status, response) -> {
			if (status.startsWith("2") || status.startsWith("4")) {
				Map<String, Header> headers = new java.util.LinkedHashMap<>(
						response.getHeaders() == null ? Map.of() : response.getHeaders());
				headers.putIfAbsent("RateLimit-Limit", new Header().$ref("#/components/headers/RateLimit-Limit"));
				headers.putIfAbsent("RateLimit-Reset", new Header().$ref("#/components/headers/RateLimit-Reset"));
				response.setHeaders(headers);
			}
		});
	}

	private static ApiResponse add(ApiResponses responses, String status, String description) {
		ApiResponse response = new ApiResponse().description(description).content(new Content()
			.addMediaType("application/json", new MediaType().schema(new Schema<>().$ref(REF))));
		responses.putIfAbsent(status, response);
		return responses.get(status);
	}
}
