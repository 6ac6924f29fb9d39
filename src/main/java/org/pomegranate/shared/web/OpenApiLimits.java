package org.pomegranate.shared.web;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Bounds for every string, integer and array of the API description that has none from a
 * validation rule ({@code @Size}, {@code @Max}…), so a client knows what to expect and a
 * linter can check it. They are the bounds the platform really has: an id is a UUID, no text it
 * stores is longer than {@link #MAX_TEXT} characters, no list it answers holds more than
 * {@link #MAX_ITEMS} entries (pages hold at most 100), a file at most 5 MB.
 */
final class OpenApiLimits {

	/** The longest text the platform stores or accepts: a request's description. */
	static final int MAX_TEXT = 2000;
	static final int MAX_ITEMS = 1000;
	private static final int MAX_FILE = 5 * 1024 * 1024;

	private OpenApiLimits() {
	}

	static void apply(OpenAPI openApi) {
		Set<Schema<?>> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
			openApi.getComponents().getSchemas().values().forEach(s -> bound(s, seen));
		}
		if (openApi.getPaths() != null) {
			openApi.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
				if (op.getParameters() != null) {
					op.getParameters().forEach(p -> bound(p.getSchema(), seen));
				}
				if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
					op.getRequestBody().getContent().values().forEach(m -> bound(m.getSchema(), seen));
				}
				if (op.getResponses() != null) {
					op.getResponses().values().stream().filter(r -> r.getContent() != null)
						.forEach(r -> r.getContent().values().forEach(m -> bound(m.getSchema(), seen)));
				}
			}));
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void bound(Schema schema, Set<Schema<?>> seen) {
		if (schema == null || schema.get$ref() != null || !seen.add(schema)) {
			return;
		}
		if (is(schema, "string") && schema.getMaxLength() == null && schema.getEnum() == null
				&& schema.getConst() == null) {
			schema.setMaxLength(switch (String.valueOf(schema.getFormat())) {
				case "uuid" -> 36;
				case "date" -> 10;
				case "date-time" -> 35;
				case "binary" -> MAX_FILE;
				default -> MAX_TEXT;
			});
		}
		if (is(schema, "integer")) {
			boolean wide = "int64".equals(schema.getFormat());
			if (schema.getFormat() == null) {
				schema.setFormat("int32");
			}
			if (schema.getMinimum() == null && schema.getExclusiveMinimumValue() == null) {
				schema.setMinimum(BigDecimal.valueOf(wide ? Long.MIN_VALUE : Integer.MIN_VALUE));
			}
			if (schema.getMaximum() == null && schema.getExclusiveMaximumValue() == null) {
				schema.setMaximum(BigDecimal.valueOf(wide ? Long.MAX_VALUE : Integer.MAX_VALUE));
			}
		}
		if (is(schema, "array") && schema.getMaxItems() == null) {
			schema.setMaxItems(MAX_ITEMS);
		}
		if (schema.getProperties() != null) {
			((Map<String, Schema>) schema.getProperties()).values().forEach(s -> bound(s, seen));
		}
		bound(schema.getItems(), seen);
		if (schema.getAdditionalProperties() instanceof Schema extra) {
			bound(extra, seen);
		}
		for (Collection<Schema> parts : new Collection[] { schema.getAllOf(), schema.getAnyOf(), schema.getOneOf() }) {
			if (parts != null) {
				parts.forEach(s -> bound(s, seen));
			}
		}
	}

	private static boolean is(Schema<?> schema, String type) {
		return type.equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains(type));
	}
}
