package org.pomegranate.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pomegranate.imports.ImportHelper.check;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.ApiClient;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.identity.Role;
import org.pomegranate.imports.internal.ImportCommit;
import org.pomegranate.imports.internal.ImportRunner;
import org.pomegranate.registry.RegistryImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * All-or-nothing against good rows only, and a commit that dies half way (as with {@code kill -9})
 * and is resumed: exact counts, no duplicates, and the same file is recognised when sent again.
 */
@IntegrationTest
class ImportCommitTests {

	private static final int ROWS = 23;

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegistryImport registry;

	@Autowired
	ImportCommit commit;

	@Autowired
	ImportRunner runner;

	World world;
	ApiClient admin;
	UUID household;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		admin = new ApiClient(port, json).as(fixtures.account("adm" + world.suffix(), "管理员", Role.SYSTEM_ADMIN, null));
		household = fixtures.inTransaction(() -> registry.addHousehold(TestFixtures.household(world.buildingB(), "1", "101")));
	}

	@AfterEach
	void normal() {
		commit.normalBatches();
	}

	@Test
	void allOrNothingIsRefusedWhileARowIsBadAndGoodRowsLeavesTheBadOnesInTheReport() {
		JsonNode job = check(admin, "residents", residents(3, true));

		ApiClient.Response refused = admin.post("/api/v1/imports/" + job.path("id").asString() + "/commit",
				Map.of("mode", "ALL_OR_NOTHING"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.message()).contains("有问题的行");
		assertThat(residentsWritten()).isZero();

		JsonNode done = ImportHelper.commit(admin, job, "GOOD_ROWS");
		assertThat(done.path("doneRows").asInt()).isEqualTo(3);
		assertThat(done.path("badRows").asInt()).isEqualTo(1);
		assertThat(residentsWritten()).isEqualTo(3);
	}

	@Test
	void allOrNothingWritesEveryRow() {
		JsonNode done = ImportHelper.commit(admin, check(admin, "residents", residents(5, false)), "ALL_OR_NOTHING");

		assertThat(done.path("status").asString()).isEqualTo("COMMITTED");
		assertThat(residentsWritten()).isEqualTo(5);
	}

	@Test
	void aGoodRowsCommitKilledAfterTwoBatchesResumesWithoutLosingOrRepeatingARow() throws Exception {
		byte[] file = residents(ROWS, false);
		JsonNode job = check(admin, "residents", file);
		String id = job.path("id").asString();
		commit.simulateCrash(2, 5);

		admin.post("/api/v1/imports/" + id + "/commit", Map.of("mode", "GOOD_ROWS"));
		JsonNode dead = waitForDone(id, 10);

		assertThat(dead.path("status").asString()).isEqualTo("COMMITTING");
		assertThat(residentsWritten()).isEqualTo(10);
		assertThat(admin.upload("/api/v1/imports", "again.xlsx", file, "kind", "residents").status()).isEqualTo(409);

		commit.normalBatches();
		runner.commitNow(UUID.fromString(id)); // what the restart's resume does

		JsonNode done = admin.get("/api/v1/imports/" + id).json();
		assertThat(done.path("status").asString()).isEqualTo("COMMITTED");
		assertThat(done.path("doneRows").asInt()).isEqualTo(ROWS);
		assertThat(residentsWritten()).isEqualTo(ROWS);
		assertThat(jdbc.sql("select count(distinct id_number_hash) from resident where household_id = ?").param(household)
			.query(Long.class).single()).isEqualTo(ROWS);
	}

	@Test
	void anAllOrNothingCommitKilledHalfWayLeavesNothingAndIsResumedWhole() throws Exception {
		JsonNode job = check(admin, "residents", residents(ROWS, false));
		String id = job.path("id").asString();
		commit.simulateCrash(2, 5);

		admin.post("/api/v1/imports/" + id + "/commit", Map.of("mode", "ALL_OR_NOTHING"));
		waitForDone(id, 10);
		Thread.sleep(300);

		assertThat(residentsWritten()).isZero();
		commit.normalBatches();
		runner.commitNow(UUID.fromString(id));
		assertThat(residentsWritten()).isEqualTo(ROWS);
		assertThat(admin.get("/api/v1/imports/" + id).json().path("status").asString()).isEqualTo("COMMITTED");
	}

	private JsonNode waitForDone(String id, int done) throws InterruptedException {
		for (int i = 0; i < 300; i++) {
			JsonNode job = admin.get("/api/v1/imports/" + id).json();
			if (job.path("doneRows").asInt() >= done) {
				Thread.sleep(300);
				return admin.get("/api/v1/imports/" + id).json();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the commit did not get to " + done + " rows");
	}

	private long residentsWritten() {
		return jdbc.sql("select count(*) from resident where household_id = ?").param(household).query(Long.class).single();
	}

	/** Residents of the test household with unique ID numbers; one more bad row if asked. */
	private byte[] residents(int count, boolean withBadRow) {
		Sheets sheet = Sheets.with(Sheets.RESIDENTS);
		for (int i = 0; i < count; i++) {
			String id = TestFixtures.uniqueIdNumber();
			String birth = id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14);
			sheet.row(world.community().code(), world.compoundName(), "3号楼", "1", "101", "居民" + i, "男", birth, id,
					"", "", "", "", "", "");
		}
		if (withBadRow) {
			sheet.row(world.community().code(), world.compoundName(), "3号楼", "1", "101", "坏", "男", "不是日期", "", "",
					"", "", "", "", "");
		}
		return sheet.bytes();
	}
}
