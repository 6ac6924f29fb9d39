package org.pomegranate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Every top-level package is a module; modules use each other only through their public API
 * (types in the module's base package), never through {@code internal} packages, and without cycles.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(PomegranateApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theFoundationModulesExist() {
		assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.contains("shared", "organization", "identity", "privacy", "registry");
	}

	@Test
	void writesModuleDocumentation() {
		// PlantUML/Asciidoc under target/spring-modulith-docs
		new Documenter(modules).writeDocumentation();
	}
}
