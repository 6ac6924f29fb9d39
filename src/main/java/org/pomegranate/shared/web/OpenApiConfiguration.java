package org.pomegranate.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and the authentication of the API as its description at /v3/api-docs shows them. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI pomegranateApi() {
		return new OpenAPI()
			.info(new Info().title("Pomegranate (石榴籽) API").version("v1")
				.description("The service desk, evaluation, registry and organisation tree within the caller's scope. "
						+ "Every call carries an API token (Authorization: Bearer …), made on the account page. "
						+ "ID numbers and phones are masked; revealing one needs a purpose and a note and is audited. "
						+ "Messages follow Accept-Language (zh-CN, en, bo, mn)."))
			// one server: this instance, whichever it is; an absolute http:// URL would be wrong behind TLS
			.addServersItem(new io.swagger.v3.oas.models.servers.Server().url("/")
				.description("this instance: production, staging or local, as deployed")
				.extensions(java.util.Map.<String, Object>of("x-internal", false)))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("pmg_…")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}
}
