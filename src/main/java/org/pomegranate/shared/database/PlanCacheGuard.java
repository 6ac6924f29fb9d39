package org.pomegranate.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Plans every execution of a prepared statement for its own parameters, on every pooled
 * connection, embedded database or not.
 * <p>
 * pgjdbc prepares a statement on the server after five uses; after five more PostgreSQL may switch
 * to a generic plan made without the parameters' values. For the lists that is the wrong plan: a
 * queue scoped to one grid and one scoped to a whole prefecture differ a thousandfold in rows, and
 * the generic plan (estimated 41 k rows) read 1.7 M rows where the custom one reads twenty. Planning
 * costs a fraction of a millisecond; the trap costs seconds.
 */
@Component
class PlanCacheGuard implements BeanPostProcessor {

	static final String INIT_SQL = "set plan_cache_mode = force_custom_plan";

	private static final Logger log = LoggerFactory.getLogger(PlanCacheGuard.class);

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool) {
			String own = pool.getConnectionInitSql();
			if (own == null || own.isBlank()) {
				pool.setConnectionInitSql(INIT_SQL);
			}
			else if (!own.contains("plan_cache_mode")) {
				// an operator's own init SQL stays; the guard runs after it in the same round trip
				pool.setConnectionInitSql(own.strip().replaceAll(";+$", "") + "; " + INIT_SQL);
			}
			else {
				log.info("The connection init SQL sets plan_cache_mode itself: left as configured");
			}
		}
		return bean;
	}
}
