package org.pomegranate.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A hot write may use cached plans, and a search insist on plans per execution, for its own transaction only:
 * the connection it borrowed goes back to the pool as it came ({@link PlanCacheGuard}: planning every statement for its parameters).
 * Each test works on one pooled connection of the application, so that what it sees after a
 * transaction is that connection's state.
 */
@IntegrationTest
class TransactionPlansTests {

	@Autowired
	DataSource dataSource;

	@Test
	void cachedPlansLastTheTransactionAndTheConnectionComesBackGuarded() throws Exception {
		onOneConnection(one -> {
			assertThat(one.mode()).isEqualTo("force_custom_plan");
			one.transactions.executeWithoutResult(status -> {
				one.plans.cached();
				assertThat(one.mode()).isEqualTo("auto");
			});
			assertThat(one.mode()).isEqualTo("force_custom_plan");
		});
	}

	@Test
	void aRolledBackTransactionLeavesTheGuardToo() throws Exception {
		onOneConnection(one -> {
			one.transactions.executeWithoutResult(status -> {
				one.plans.cached();
				status.setRollbackOnly();
			});
			assertThat(one.mode()).isEqualTo("force_custom_plan");
		});
	}

	@Test
	void outsideATransactionItRefusesRatherThanChangeTheConnection() throws Exception {
		onOneConnection(one -> {
			assertThatThrownBy(one.plans::cached).isInstanceOf(IllegalStateException.class);
			assertThat(one.mode()).isEqualTo("force_custom_plan");
		});
	}

	@Test
	void aSearchPlansPerExecutionEvenOnAConnectionSetOtherwise() throws Exception {
		onOneConnection(one -> {
			// an operator's own connection settings, as PlanCacheGuard leaves them
			one.jdbc.sql("set plan_cache_mode = auto").update();
			try {
				one.transactions.executeWithoutResult(status -> {
					one.plans.perExecution();
					assertThat(one.mode()).isEqualTo("force_custom_plan");
				});
				assertThat(one.mode()).isEqualTo("auto");
			}
			finally {
				one.jdbc.sql("set plan_cache_mode = force_custom_plan").update();
			}
		});
	}

	@Test
	void perExecutionRefusesOutsideATransactionToo() throws Exception {
		onOneConnection(one -> {
			assertThatThrownBy(one.plans::perExecution).isInstanceOf(IllegalStateException.class);
			assertThat(one.mode()).isEqualTo("force_custom_plan");
		});
	}

	private record One(JdbcClient jdbc, TransactionPlans plans, TransactionTemplate transactions) {

		String mode() {
			return jdbc.sql("show plan_cache_mode").query(String.class).single();
		}
	}

	private void onOneConnection(Consumer<One> test) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			SingleConnectionDataSource single = new SingleConnectionDataSource(connection, true);
			JdbcClient jdbc = JdbcClient.create(single);
			test.accept(new One(jdbc, new TransactionPlans(jdbc),
					new TransactionTemplate(new DataSourceTransactionManager(single))));
		}
	}
}
