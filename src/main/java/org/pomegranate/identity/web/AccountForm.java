package org.pomegranate.identity.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.pomegranate.identity.NewAccount;
import org.pomegranate.identity.Role;

/** The administrator's form for a new staff account. */
record AccountForm(
		@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,49}", message = "{error.username}") String username,
		@NotBlank @Size(max = 50) String displayName,
		@NotNull Role role,
		UUID orgUnitId,
		List<@Pattern(regexp = "zh|bo|mn|en") String> languages,
		@NotBlank String password) {

	static AccountForm empty() {
		return new AccountForm("", "", Role.GRID_WORKER, null, List.of("zh"), "");
	}

	NewAccount toNewAccount() {
		return new NewAccount(username, password, displayName.trim(), role, orgUnitId, null,
				languages == null ? List.of() : languages);
	}
}
