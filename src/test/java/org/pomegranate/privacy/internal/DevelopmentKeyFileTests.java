package org.pomegranate.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated development key is readable by its owner only, and read back unchanged. */
class DevelopmentKeyFileTests {

	@TempDir
	Path dir;

	@Test
	void theDevelopmentKeyFileIsCreatedOwnerOnly() throws Exception {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
		Path file = dir.resolve("data").resolve("dev-encryption.key");
		byte[] key = CryptoConfiguration.developmentKey(file);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(CryptoConfiguration.developmentKey(file)).isEqualTo(key).hasSize(32);
	}

	@Test
	void olderKeysAreReadAsAKeyring() {
		assertThat(CryptoConfiguration.keyring(" 1:AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA= , ")).containsOnlyKeys(1);
		assertThat(CryptoConfiguration.keyring("")).isEmpty();
	}
}
