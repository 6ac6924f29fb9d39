package org.pomegranate.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.registry.internal.ResidentSearchRepository.Criteria;
import org.pomegranate.registry.internal.ResidentSearchRepository.Statement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plans of a resident search on a table large enough for the planner to prefer an index (40,000
 * residents in a schema of their own, with fresh statistics): a name found in few rows is looked up
 * in the bigram index, not by reading every resident; a name found everywhere is found in an index
 * that carries what the search filters on, without a heap read per candidate. No timings: the plan is what keeps a search fast at a million residents.
 */
@IntegrationTest
class ResidentSearchPlanTests {

	private static final int GRIDS = 10;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ResidentSearchRepository search;

	@Autowired
	PlatformTransactionManager transactions;

	String schema;
	UUID[] scope;

	@BeforeEach
	void setUp() {
		schema = "search_plan_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		jdbc.sql("create schema " + schema).update();
		for (String table : List.of("compound", "building", "household", "resident")) {
			// the same columns (the generated bigrams too) and indexes, without the foreign keys
			jdbc.sql("create table " + schema + "." + table + " (like public." + table + " including all)").update();
		}
		UUID community = UUID.randomUUID();
		List<UUID> grids = java.util.stream.Stream.generate(UUID::randomUUID).limit(GRIDS).toList();
		scope = grids.subList(0, 2).toArray(UUID[]::new);
		jdbc.sql("insert into " + schema + ".compound (id, community_id, name, address) "
				+ "select gen_random_uuid(), ?, '花园' || i, '路' || i from generate_series(1, 10) i").param(community).update();
		jdbc.sql("insert into " + schema + ".building (id, compound_id, grid_id, name) "
				+ "select gen_random_uuid(), c.id, (?::uuid[])[1 + b % " + GRIDS + "], b || '号楼' from " + schema
				+ ".compound c, generate_series(1, 10) b").param(grids.toArray(UUID[]::new)).update();
		jdbc.sql("insert into " + schema + ".household (id, building_id, unit_no, room, address_grams) "
				+ "select gen_random_uuid(), b.id, '1', (100 + u)::text, '{}' from " + schema + ".building b, generate_series(1, 100) u")
			.update();
		// 40,000 names of two or three characters out of 3,000, and twenty holding 卓玛
		jdbc.sql("insert into " + schema + ".resident (id, household_id, name, gender, birth_date) "
				+ "select gen_random_uuid(), h.id, case when n = 1 and random() < 0.002 then '扎西卓玛' else "
				+ "chr(19968 + (random() * 3000)::int) || chr(19968 + (random() * 3000)::int) "
				+ "|| case when random() < 0.5 then chr(19968 + (random() * 3000)::int) else '' end end, 'MALE', date '1980-01-01' "
				+ "from " + schema + ".household h, generate_series(1, 4) n").update();
		jdbc.sql("analyze " + schema + ".resident, " + schema + ".household, " + schema + ".building, " + schema + ".compound")
			.update();
	}

	@AfterEach
	void tearDown() {
		jdbc.sql("drop schema " + schema + " cascade").update();
	}

	@Test
	void aRareNameIsLookedUpInTheBigramIndex() {
		String plan = plan(search.indexed(scope, criteria("卓玛"), null, 21));
		assertThat(plan).contains("Bitmap Index Scan").contains("name_grams").doesNotContain("Seq Scan on resident");
	}

	@Test
	void aSingleCharacterUsesTheSameIndexForTheStartOfTheName() {
		String plan = plan(search.indexed(scope, criteria("卓"), null, 21));
		assertThat(plan).contains("name_grams").doesNotContain("Seq Scan on resident");
	}

	@Test
	void aFrequentNameChoosesThePageFromAnIndexAlone() {
		// every resident of the scratch table shares one bigram: the bigram index narrows nothing,
		// so the page is found through an index that includes name, status and bigrams
		jdbc.sql("update " + schema + ".resident set name = name || '卓玛'").update();
		jdbc.sql("vacuum analyze " + schema + ".resident").update();
		String plan = plan(search.indexed(scope, criteria("卓玛"), null, 21));
		assertThat(plan).containsPattern("Index Only Scan using \\S+ on resident")
			.doesNotContain("Seq Scan on resident");
	}

	private Criteria criteria(String name) {
		return new TransactionTemplate(transactions).execute(tx -> search.criteria(name, null, null, false));
	}

	private String plan(Statement statement) {
		return new TransactionTemplate(transactions).execute(tx -> {
			jdbc.sql("set local search_path = " + schema + ", public").update();
			return String.join("\n", jdbc.sql("explain " + statement.sql()).params(statement.params())
				.query(String.class).list());
		});
	}
}
