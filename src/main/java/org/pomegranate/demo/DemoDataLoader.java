package org.pomegranate.demo;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.pomegranate.evaluation.EvaluationRebuild;
import org.pomegranate.organization.OrganizationManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo on the first start against an empty database, and prints the demo logins on every
 * start. All of it is one transaction: a crash half-way leaves an empty database that loads again.
 * Only ever on the embedded database: a new, empty production database must never receive demo
 * accounts whose password is printed in the README.
 */
@Component
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	/** Fixed so that the demo is the same on every machine and every day. */
	static final long SEED = 20260101L;

	private final boolean enabled;
	private final int householdsPerGrid;
	private final OrganizationManagement organization;
	private final DemoOrganization tree;
	private final DemoHousing housing;
	private final DemoAccounts accounts;
	private final DemoRequests requests;
	private final DemoEvaluation evaluationDemo;
	private final DemoVolunteers volunteersDemo;
	private final TransactionTemplate transaction;
	private final EvaluationRebuild rebuild;

	DemoDataLoader(@Value("${pomegranate.demo.enabled:false}") boolean enabled,
			@Value("${pomegranate.demo.households-per-grid:20}") int householdsPerGrid,
			OrganizationManagement organization, DemoOrganization tree, DemoHousing housing, DemoAccounts accounts,
			DemoRequests requests, DemoEvaluation evaluationDemo, PlatformTransactionManager transactionManager,
			EvaluationRebuild rebuild, DemoVolunteers volunteersDemo) {
		this.volunteersDemo = volunteersDemo;
		this.rebuild = rebuild;
		this.enabled = enabled;
		// the resident login needs at least one household in the first grid
		this.householdsPerGrid = Math.max(1, householdsPerGrid);
		this.organization = organization;
		this.tree = tree;
		this.housing = housing;
		this.accounts = accounts;
		this.requests = requests;
		this.evaluationDemo = evaluationDemo;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		if (organization.roots().isEmpty()) {
			load();
		}
		logLogins();
	}

	void load() {
		long started = System.nanoTime();
		log.info("Empty database: loading the Haixi demo ({} households per grid)", householdsPerGrid);
		int[] requestCount = new int[1];
		DemoHousing.Result result = transaction.execute(status -> {
			List<DemoOrganization.Community> communities = tree.load();
			DemoHousing.Result loaded = housing.load(communities, householdsPerGrid, new Random(SEED));
			accounts.create(loaded.designatedResident());
			// a random of its own, so the registry stays the same whatever the service desk adds
			requestCount[0] = requests.load(loaded.homes(), loaded.designatedResident(), Instant.now(),
					new Random(SEED + 1));
			evaluationDemo.load(loaded.homes(), loaded.designatedResident(), new Random(SEED + 2));
			volunteersDemo.load(loaded.homes(), loaded.designatedResident(), new Random(SEED + 12));
			return loaded;
		});
		log.info("Demo loaded in {} ms: {} communities, {} compounds, {} buildings, {} households, {} residents, "
				+ "{} accounts, {} service requests", (System.nanoTime() - started) / 1_000_000,
				DemoCommunities.ALL.size(), result.compounds(), result.buildings(), result.households(),
				result.residents(), DemoAccounts.plan().size() + DemoRequests.PORTAL_RESIDENTS, requestCount[0]);
		// the year's figures at once in bulk; the events, delivered meanwhile one by one, then find
		// themselves counted and are skipped
		rebuild.rebuild();
	}

	private void logLogins() {
		List<List<String>> rows = accounts.existingRows();
		if (rows.isEmpty()) {
			return;
		}
		String rule = "=".repeat(100);
		log.info("\n{}\nPomegranate demo logins. Password for every account: {}; API token: {}<username>\n\n{}{}", rule,
				DemoAccounts.PASSWORD, DemoAccounts.TOKEN_PREFIX,
				DemoLoginTable.markdown(rows), rule);
	}
}
