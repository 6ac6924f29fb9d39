package org.pomegranate.shared.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Chooses, for the rest of the current transaction, whether PostgreSQL may reuse cached plans: the
 * one place where a transaction departs from or insists on the connection's default.
 * <p>
 * Every pooled connection plans each execution for its own parameters ({@link PlanCacheGuard}): right
 * for the lists and searches, whose best plan depends on who asks (a grid or a prefecture, a rare name
 * or a common one), and the safe default for any statement nobody has looked at. The hot writes are the
 * opposite: an intake and the rollups it feeds look rows up by key and insert them, their plan is the
 * same whatever the values, and planning them afresh on every execution doubled the database's work
 * for an intake (pgbench replaying its statements: 370 intakes/s with cached plans, 181/s replanned;
 * docs/benchmarks.md). Such a transaction calls {@link #cached()} first. A search whose plan must fit
 * the text typed calls {@link #perExecution()}, so that it holds even where an operator configured the
 * connections otherwise. Either setting ends with the transaction, so the connection goes back to the
 * pool as it came.
 */
@Component
public class TransactionPlans {

	private final JdbcClient jdbc;

	TransactionPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * From here to the end of the current transaction, statements prepared on the server may run on a
	 * generic plan once PostgreSQL finds it no worse than the custom ones ({@code plan_cache_mode = auto}).
	 *
	 * @throws IllegalStateException outside a transaction, where the setting would not hold
	 */
	public void cached() {
		setForThisTransaction("auto");
	}

	/**
	 * From here to the end of the current transaction, every execution is planned for its own
	 * parameters ({@code plan_cache_mode = force_custom_plan}), whatever the connection's default.
	 *
	 * @throws IllegalStateException outside a transaction, where the setting would not hold
	 */
	public void perExecution() {
		setForThisTransaction("force_custom_plan");
	}

	private void setForThisTransaction(String mode) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("plans are chosen per transaction: call this inside one");
		}
		jdbc.sql("set local plan_cache_mode = " + mode).update();
	}
}
