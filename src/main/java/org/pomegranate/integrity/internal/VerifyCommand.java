package org.pomegranate.integrity.internal;

import org.pomegranate.integrity.Finding;
import org.pomegranate.integrity.IntegrityCheck;
import org.pomegranate.integrity.Report;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar pomegranate.jar --pomegranate.verify=true --server.port=0}:
 * recomputes every chain and anchor, prints each finding, and exits with status 0 when all is
 * intact, 4 when something was found. See docs/operations.md.
 */
@Component
@ConditionalOnProperty("pomegranate.verify")
class VerifyCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(VerifyCommand.class);

	private final IntegrityCheck check;
	private final ConfigurableApplicationContext context;

	VerifyCommand(IntegrityCheck check, ConfigurableApplicationContext context) {
		this.check = check;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		Report report = check.verify();
		for (Finding f : report.findings()) {
			log.error("INTEGRITY {} in {} (entry {}, place {}): {}", f.kind(), f.chain(), f.entryId(), f.seq(), f.detail());
		}
		log.info("Integrity verify: {} entries in {} chains, {} anchors checked: {}", report.entries(), report.chains(),
				report.anchors(), report.intact() ? "intact" : report.findings().size() + " findings");
		System.exit(SpringApplication.exit(context, () -> report.intact() ? 0 : 4));
	}
}
