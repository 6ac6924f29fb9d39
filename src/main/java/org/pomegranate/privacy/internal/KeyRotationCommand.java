package org.pomegranate.privacy.internal;

import org.pomegranate.privacy.KeyRotation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar pomegranate.jar --pomegranate.rotate-keys=true --server.port=0}:
 * re-encrypts every sealed value with the current key, beside the running instances, and exits
 * (status 0 when nothing is left on an older key). See docs/operations.md.
 */
@Component
@ConditionalOnProperty("pomegranate.rotate-keys")
class KeyRotationCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(KeyRotationCommand.class);

	private final KeyRotation rotation;
	private final ConfigurableApplicationContext context;

	KeyRotationCommand(KeyRotation rotation, ConfigurableApplicationContext context) {
		this.rotation = rotation;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		KeyRotation.Outcome outcome = rotation.rotate();
		log.info("Key rotation to version {} done: {} rewritten, {} left (rows locked all along; run again)",
				outcome.keyVersion(), outcome.rewritten(), outcome.remaining());
		int status = outcome.remaining() == 0 ? 0 : 3;
		System.exit(SpringApplication.exit(context, () -> status));
	}
}
