package org.pomegranate.shared.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured, so that
 * {@code mvn spring-boot:run} needs nothing installed. Production sets the URL and never gets here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	/** Stopped after the data source, which depends on it, so nothing still needs the server. */
	@Bean(destroyMethod = "release")
	EmbeddedDatabase embeddedDatabase(@Value("${pomegranate.embedded-db.data-dir:}") String dataDir,
			@Value("${pomegranate.embedded-db.port:}") String port) {
		return EmbeddedDatabase.start(dataDir, port.isBlank() ? null : Integer.valueOf(port.trim()));
	}

	@Bean
	DataSource dataSource(EmbeddedDatabase database) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		dataSource.setPoolName("embedded-postgres");
		// a request waits at most 5 s for a connection: while the database is away callers get a
		// prompt 503, and the pool keeps trying to reconnect in the background
		dataSource.setConnectionTimeout(5000);
		return dataSource;
	}
}
