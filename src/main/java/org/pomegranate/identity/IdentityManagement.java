package org.pomegranate.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pomegranate.identity.internal.AccountPrincipal;
import org.pomegranate.identity.internal.AccountRepository;
import org.pomegranate.identity.internal.PasswordPolicy;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts, the signed-in user and their scope. Every module that shows or changes data of a
 * unit asks {@link #currentScope()} and filters by it in its queries.
 */
@Service
@Transactional(readOnly = true)
public class IdentityManagement {

	private final AccountRepository accounts;
	private final UnitTree units;
	private final PasswordEncoder passwordEncoder;
	private final PasswordPolicy passwordPolicy;
	private final Clock clock;

	IdentityManagement(AccountRepository accounts, UnitTree units,
			PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, Clock clock) {
		this.accounts = accounts;
		this.units = units;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.clock = clock;
	}

	/** The signed-in user; throws {@link ForbiddenException} when nobody is signed in. */
	public CurrentUser currentUser() {
		return signedIn().orElseThrow(() -> new ForbiddenException("not signed in"));
	}

	/** The signed-in user, or empty when the caller runs outside a request (start-up, jobs). */
	public java.util.Optional<CurrentUser> signedIn() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof AccountPrincipal principal
				? java.util.Optional.of(principal.user()) : java.util.Optional.empty();
	}

	/** The units the signed-in staff member may see; {@link Scope#NONE} for residents. */
	public Scope currentScope() {
		return scopeOf(currentUser());
	}

	public Scope scopeOf(CurrentUser user) {
		if (user.orgUnitId() == null || !user.role().isStaff()) {
			return Scope.NONE;
		}
		return new Scope(user.orgUnitId(), units.subtree(user.orgUnitId()));
	}

	/** Throws {@link ForbiddenException} unless the signed-in user holds the permission. */
	public CurrentUser require(Permission permission) {
		CurrentUser user = currentUser();
		if (!user.can(permission)) {
			throw new ForbiddenException("missing permission " + permission);
		}
		return user;
	}

	/**
	 * Throws {@link NotFoundException} unless the unit lies in the signed-in user's scope: a unit
	 * outside the scope looks the same as one that does not exist.
	 */
	public void requireInScope(UUID unitId) {
		if (!currentScope().contains(unitId)) {
			throw new NotFoundException("unit");
		}
	}

	/** The staff of a unit in the caller's scope. */
	public List<StaffMember> staffOf(UUID orgUnitId) {
		require(Permission.VIEW_ORGANIZATION);
		requireInScope(orgUnitId);
		return accounts.staffOf(orgUnitId);
	}

	/**
	 * The staff bound to one unit, whoever asks: for routing work and sending notifications,
	 * not for showing. It carries names, roles and languages only.
	 */
	public List<StaffMember> staffAt(UUID orgUnitId) {
		return accounts.staffOf(orgUnitId);
	}

	/** The accounts a resident signs in with (normally one; none for most residents). */
	public List<UUID> accountsOfResident(UUID residentId) {
		return residentId == null ? List.of() : accounts.idsOfResident(residentId);
	}

	public long countStaffWithin(Scope scope) {
		return accounts.countStaffIn(scope.asArray());
	}

	/** Whether any staff account is bound to a unit yet (the first-run checklist). */
	public boolean anyStaffBoundToAUnit() {
		return accounts.anyBoundToAUnit();
	}

	public boolean usernameTaken(String username) {
		return accounts.findByUsername(username).isPresent();
	}

	@Transactional
	public UUID createAccount(NewAccount account) {
		passwordPolicy.problem(account.rawPassword()).ifPresent(key -> {
			throw new InvalidInputException("password", key);
		});
		if (usernameTaken(account.username())) {
			throw new InvalidInputException("username", "error.usernameTaken");
		}
		return accounts.insert(account, passwordEncoder.encode(account.rawPassword()));
	}

	/**
	 * The administrator opens an account for a member of staff: a staff role, a unit that exists
	 * at a level that fits the role (a grid worker in a grid, a community head in a community; none
	 * for another administrator), and a password that passes the policy.
	 */
	@Transactional
	public UUID openStaffAccount(NewAccount account) {
		require(Permission.MANAGE_ACCOUNTS);
		if (!account.role().isStaff()) {
			throw new InvalidInputException("role", "error.account.role");
		}
		boolean needsUnit = account.role() != Role.SYSTEM_ADMIN;
		if (needsUnit) {
			UnitTree.Unit unit = Optional.ofNullable(account.orgUnitId()).flatMap(units::unit)
				.orElseThrow(() -> new InvalidInputException("orgUnitId", "error.unknownUnit"));
			if (!account.role().fitsUnitAtDepth(unit.depth())) {
				throw new InvalidInputException("orgUnitId", "error.account.unitLevel");
			}
		}
		return createAccount(needsUnit ? account : new NewAccount(account.username(), account.rawPassword(),
				account.displayName(), account.role(), null, null, account.languages()));
	}

	/** Every unit, for choosing the unit of a new account. */
	public List<UnitTree.Unit> units() {
		require(Permission.MANAGE_ACCOUNTS);
		return units.units();
	}

	public List<AccountSummary> findAccounts(String query, int limit) {
		return accounts.search(query == null ? "" : query.trim(), limit);
	}

	@Transactional
	public void unlock(UUID accountId) {
		require(Permission.MANAGE_ACCOUNTS);
		if (accounts.unlock(accountId) == 0) {
			throw new NotFoundException("account");
		}
	}

	@Transactional
	public void resetPassword(UUID accountId, String newPassword) {
		require(Permission.MANAGE_ACCOUNTS);
		passwordPolicy.problem(newPassword).ifPresent(key -> {
			throw new InvalidInputException("password", key);
		});
		if (accounts.setPassword(accountId, passwordEncoder.encode(newPassword)) == 0) {
			throw new NotFoundException("account");
		}
	}

	public Instant now() {
		return clock.instant();
	}
}
