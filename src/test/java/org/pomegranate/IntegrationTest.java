package org.pomegranate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one application context of the integration tests: the whole application on a random port
 * against the JVM's throw-away embedded PostgreSQL (profile {@code test}). Every integration test
 * class uses exactly this annotation and nothing that changes the context (no mock beans, no
 * extra properties), so Spring builds the context once and caches it for the whole suite.
 * A {@code MockMvc} with the security filters is always there ({@link AutoConfigureMockMvc}) for page
 * tests, so that they share the context too; tests of the JSON API use real HTTP on the port.
 * <p>
 * The database is shared by all test classes: each class makes its own org tree and accounts
 * with unique codes through {@link TestFixtures} and never relies on data it did not create.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestFixtures.class)
public @interface IntegrationTest {
}
