package org.pomegranate.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pomegranate.IntegrationTest;
import org.pomegranate.TestFixtures;
import org.pomegranate.TestFixtures.World;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.SensitiveField;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sealed values in the database: bound to their row and column, so a value swapped in SQL is
 * refused; carrying their key version; and re-encrypted by the rotation, including values from
 * before key versions existed. The test keyring is version 2 with version 1 as the older key.
 */
@IntegrationTest
class SealedFieldsTests {

	private static final RevealReason VERIFY = new RevealReason(RevealPurpose.SERVICE_VERIFICATION, "核实联系方式与身份信息");


	/** Version 1 of the test keyring (application-test.properties). */
	private static final byte[] OLD_KEY = Base64.getDecoder().decode("AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=");

	@Autowired
	RegistryManagement registry;

	@Autowired
	KeyRotation rotation;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	World world;
	UUID first;
	UUID second;

	@BeforeEach
	void setUp() {
		world = fixtures.world();
		fixtures.signIn(world.workerA());
		UUID household = registry.createHousehold(TestFixtures.household(world.buildingA1(), "1", "101"));
		first = registry.createResident(TestFixtures.resident(household, "扎西卓玛", "13812345678", TestFixtures.uniqueIdNumber()));
		second = registry.createResident(TestFixtures.resident(household, "卓玛拉姆", "13987654321", null));
	}

	@AfterEach
	void tearDown() {
		TestFixtures.signOut();
	}

	@Test
	void storedValuesCarryTheCurrentKeyVersion() {
		assertThat(column(first, "phone_cipher")).startsWith("v2:");
		assertThat(column(first, "id_number_cipher")).startsWith("v2:");
	}

	@Test
	void twoPhonesSwappedInTheDatabaseRefuseToDecrypt() {
		String a = column(first, "phone_cipher");
		String b = column(second, "phone_cipher");
		jdbc.sql("update resident set phone_cipher = ? where id = ?").params(b, first).update();
		jdbc.sql("update resident set phone_cipher = ? where id = ?").params(a, second).update();
		try {
			assertThatThrownBy(() -> registry.reveal(first, SensitiveField.PHONE, VERIFY))
				.isInstanceOf(FieldCipher.TamperedException.class);
			assertThatThrownBy(() -> registry.reveal(second, SensitiveField.PHONE, VERIFY))
				.isInstanceOf(FieldCipher.TamperedException.class);
			// the rotation does not launder a moved value: it names it and leaves it alone
			jdbc.sql("update resident set phone_cipher = 'v1:' || substr(phone_cipher, 4) where id = ?").param(first).update();
			assertThat(rotation.rotate().unreadable()).contains("resident.phone_cipher " + first);
		}
		finally {
			jdbc.sql("update resident set phone_cipher = ? where id = ?").params(a, first).update();
			jdbc.sql("update resident set phone_cipher = ? where id = ?").params(b, second).update();
		}
		assertThat(registry.reveal(first, SensitiveField.PHONE, VERIFY)).isEqualTo("13812345678");
	}

	@Test
	void aValueMovedToAnotherColumnOfTheSameRowRefusesToDecrypt() {
		String id = column(first, "id_number_cipher");
		jdbc.sql("update resident set id_number_cipher = phone_cipher where id = ?").param(first).update();
		assertThatThrownBy(() -> registry.reveal(first, SensitiveField.ID_NUMBER, VERIFY))
			.isInstanceOf(FieldCipher.TamperedException.class);
		jdbc.sql("update resident set id_number_cipher = ? where id = ?").params(id, first).update();
	}

	@Test
	void theRotationRewritesOldAndUnversionedValuesAndTheyStillReadTheSame() throws Exception {
		// as the previous release stored it: key version 1, no version prefix, no associated data
		jdbc.sql("update resident set phone_cipher = ? where id = ?").params(legacy("13812345678"), first).update();
		assertThat(registry.reveal(first, SensitiveField.PHONE, VERIFY)).isEqualTo("13812345678");
		assertThat(rotation.remaining()).isPositive();

		KeyRotation.Outcome outcome = rotation.rotate();

		assertThat(outcome.unreadable()).isEmpty();
		assertThat(outcome.remaining()).isZero();
		assertThat(outcome.rewritten().get("resident")).isPositive();
		assertThat(column(first, "phone_cipher")).startsWith("v2:");
		assertThat(registry.reveal(first, SensitiveField.PHONE, VERIFY)).isEqualTo("13812345678");
		// phone-suffix search still finds her: search hashes do not change with the key version
		assertThat(jdbc.sql("select count(*) from resident where id = ? and phone_suffix_hash is not null").param(first)
			.query(Long.class).single()).isOne();
	}

	private String column(UUID resident, String column) {
		return jdbc.sql("select " + column + " from resident where id = ?").param(resident).query(String.class).single();
	}

	private static String legacy(String plain) throws Exception {
		byte[] iv = new byte[12];
		new java.security.SecureRandom().nextBytes(iv);
		Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
		gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(OLD_KEY, "AES"), new GCMParameterSpec(128, iv));
		byte[] body = gcm.doFinal(plain.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return Base64.getEncoder().encodeToString(java.nio.ByteBuffer.allocate(12 + body.length).put(iv).put(body).array());
	}
}
