package org.pomegranate.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.pomegranate.ApiClient;
import tools.jackson.databind.JsonNode;

/** Uploads through the API and waits for the background work, as a client would poll. */
final class ImportHelper {

	private ImportHelper() {
	}

	/** Uploads and waits for the check to end; returns the job as JSON. */
	static JsonNode check(ApiClient client, String kind, byte[] file) {
		ApiClient.Response response = client.upload("/api/v1/imports", "test.xlsx", file, "kind", kind);
		assertThat(response.status()).as("%s", response).isEqualTo(202);
		return waitWhile(client, response.json().path("id").asString(), "VALIDATING");
	}

	static JsonNode commit(ApiClient client, JsonNode job, String mode) {
		ApiClient.Response response = client.post("/api/v1/imports/" + job.path("id").asString() + "/commit",
				java.util.Map.of("mode", mode));
		assertThat(response.status()).as("%s", response).isEqualTo(202);
		return waitWhile(client, job.path("id").asString(), "COMMITTING");
	}

	static JsonNode waitWhile(ApiClient client, String id, String status) {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		while (true) {
			JsonNode job = client.get("/api/v1/imports/" + id).json();
			if (!job.path("status").asString().equals(status) || Instant.now().isAfter(until)) {
				return job;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

	/** Every problem's message of a job, "row column: message". */
	static java.util.List<String> problems(JsonNode job) {
		return job.path("problems").valueStream()
			.map(p -> p.path("row").asInt() + " " + p.path("column").asString() + ": " + p.path("message").asString())
			.toList();
	}
}
