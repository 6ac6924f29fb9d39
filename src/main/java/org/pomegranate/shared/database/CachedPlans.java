package org.pomegranate.shared.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets the rest of the current transaction use PostgreSQL's cached plans.
 * <p>
 * Every pooled connection plans each execution for its own parameters ({@link PlanCacheGuard}): right
 * for the lists and searches, whose best plan depends on who asks (a grid or a prefecture, a rare name
 * or a common one), and the safe default for any statement nobody has looked at. The hot writes are the
 * opposite: an intake and the rollups it feeds look rows up by key and insert them, their plan is the
 * same whatever the values, and planning them afresh on every execution doubled the database's work
 * for an intake (pgbench replaying its statements: 370 intakes/s with cached plans, 181/s replanned;
 * docs/benchmarks.md). Such a transaction calls {@link #forThisTransaction()} first; the setting ends
 * with the transaction, so the connection goes back to the pool guarded as before.
 */
@Component
public class CachedPlans {

	private final JdbcClient jdbc;

	CachedPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * From here to the end of the current transaction, statements prepared on the server may run on a
	 * generic plan once PostgreSQL finds it no worse than the custom ones ({@code plan_cache_mode = auto}).
	 *
	 * @throws IllegalStateException outside a transaction, where the setting would not hold
	 */
	public void forThisTransaction() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("cached plans are chosen per transaction: call this inside one");
		}
		jdbc.sql("set local plan_cache_mode = auto").update();
	}
}
