package org.pomegranate.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The API description names every failure an operation can answer with the error body, and limits
 * from the validation rules. It is written to {@code target/openapi.json}, where the build's lint
 * (Spectral with the OWASP ruleset, see {@code .spectral.yaml} and {@code .ci/run}) reads it.
 */
@IntegrationTest
class OpenApiDocumentTests {

	@LocalServerPort
	int port;

	@Autowired
	tools.jackson.databind.json.JsonMapper json;

	@Test
	void everyOperationNamesItsFailuresWithTheErrorBody() throws IOException {
		ApiClient.Response answer = new ApiClient(port, json).anonymous().get("/v3/api-docs");
		assertThat(answer.status()).isEqualTo(200);
		Files.writeString(Path.of("target", "openapi.json"), answer.body(), StandardCharsets.UTF_8);
		JsonNode document = answer.json();
		document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
			JsonNode responses = op.getValue().path("responses");
			String where = op.getKey() + " " + path.getKey();
			assertThat(responses.propertyNames()).as(where).contains("400", "401", "403", "429");
			if (path.getKey().contains("{")) {
				assertThat(responses.propertyNames()).as(where).contains("404");
			}
			assertThat(responses.path("400").path("content").path("application/json").path("schema").path("$ref")
				.asString()).as(where).endsWith("/ApiError");
			assertThat(responses.path("429").path("headers").propertyNames()).as(where).contains("Retry-After");
			op.getValue().path("parameters").forEach(parameter -> assertNoGuessableId(where, parameter));
		}));
		JsonNode transfer = document.path("components").path("schemas").path("Transfer").path("properties");
		assertThat(transfer.path("reason").path("maxLength").asInt()).isEqualTo(1000);
	}

	/** The OWASP lint's "no numeric ids" rule, here so that the build fails before CI's lint does. */
	private static void assertNoGuessableId(String where, JsonNode parameter) {
		String name = parameter.path("name").asString();
		if (name.equals("id") || name.matches(".*(_id|Id|-id)")) {
			assertThat(parameter.path("schema").path("type").asString()).as(where + " " + name)
				.isNotIn("integer", "number");
		}
	}
}
