package org.pomegranate.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.pomegranate.identity.internal.AccountPrincipal;
import org.pomegranate.identity.internal.AccountRepository;
import org.pomegranate.identity.internal.AccountSessions;
import org.pomegranate.identity.internal.PasswordPolicy;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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
	private final AccountSessions sessions;
	private final Clock clock;

	IdentityManagement(AccountRepository accounts, UnitTree units, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, AccountSessions sessions, Clock clock) {
		this.accounts = accounts;
		this.units = units;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * The signed-in user; throws {@link ForbiddenException} when nobody is signed in. Reads the security
	 * context only: no transaction of its own (see {@link #signedIn()}).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public CurrentUser currentUser() {
		return signedIn().orElseThrow(() -> new ForbiddenException("not signed in"));
	}

	/**
	 * The signed-in user, or empty when the caller runs outside a request (start-up, jobs). Reads the
	 * security context only, so it opens no transaction of its own: with the class's read-only default,
	 * every page's and API call's look at the user (CurrentUserAdvice) borrowed a pooled connection it
	 * never used, and under load waited for one behind the requests that do.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
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

	/** {@link #staffAt(UUID)} for several units at once, by unit (a unit without staff is left out). */
	public Map<UUID, List<StaffMember>> staffAt(Collection<UUID> orgUnitIds) {
		return orgUnitIds.isEmpty() ? Map.of()
				: accounts.staffOf(orgUnitIds).stream().collect(Collectors.groupingBy(StaffMember::orgUnitId));
	}

	/** The accounts a resident signs in with (normally one; none for most residents). */
	public List<UUID> accountsOfResident(UUID residentId) {
		return residentId == null ? List.of() : accounts.idsOfResident(residentId);
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
		checkPassword(account.rawPassword(), account.username());
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
			checkedUnit(account.role(), account.orgUnitId());
		}
		return createAccount(needsUnit ? account : new NewAccount(account.username(), account.rawPassword(),
				account.displayName(), account.role(), null, null, account.languages()));
	}

	/** Every unit, for choosing the unit of a new account. */
	public List<UnitTree.Unit> units() {
		require(Permission.MANAGE_ACCOUNTS);
		return units.units();
	}

	/** One account, for the administrator; 404 if there is none. */
	public AccountSummary accountById(UUID accountId) {
		require(Permission.MANAGE_ACCOUNTS);
		return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account"));
	}

	/**
	 * A page of accounts for the administrator: username or name holding the query, of one role when given, in
	 * username order after {@code after} (the last username of the page before, {@code null} for the first).
	 */
	public List<AccountSummary> findAccounts(String query, Role role, String after, int limit) {
		require(Permission.MANAGE_ACCOUNTS);
		return accounts.search(query == null ? "" : query.trim(), role, after == null || after.isBlank() ? null : after,
				Math.min(Math.max(limit, 1), 500));
	}

	public List<AccountSummary> findAccounts(String query, int limit) {
		return accounts.search(query == null ? "" : query.trim(), limit);
	}

	/** The administrator lifts a lock before its fifteen minutes are over. */
	@Transactional
	public void unlock(UUID accountId) {
		require(Permission.MANAGE_ACCOUNTS);
		if (accounts.unlock(accountId) == 0) {
			throw new NotFoundException("account");
		}
	}

	/**
	 * The administrator sets a new password (someone forgot theirs). Every session of the account
	 * ends: whoever was signed in with the old password is out.
	 */
	@Transactional
	public void resetPassword(UUID accountId, String newPassword) {
		require(Permission.MANAGE_ACCOUNTS);
		AccountSummary account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account"));
		checkPassword(newPassword, account.username());
		accounts.setPassword(accountId, passwordEncoder.encode(newPassword));
		sessions.endAll(account.username());
	}

	/**
	 * The signed-in person changes their own password, giving the current one. Their other sessions
	 * end (a phone left signed in somewhere); the one they are using goes on.
	 *
	 * @param keepSessionId the session the change is made in
	 */
	@Transactional
	public void changeOwnPassword(String currentPassword, String newPassword, String repeated, String keepSessionId) {
		CurrentUser me = currentUser();
		String hash = accounts.passwordHash(me.accountId()).orElseThrow(() -> new NotFoundException("account"));
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
			throw new InvalidInputException("current", "error.password.current");
		}
		checkPassword(newPassword, me.username());
		if (!newPassword.equals(repeated)) {
			throw new InvalidInputException("repeat", "error.password.repeat");
		}
		accounts.setPassword(me.accountId(), passwordEncoder.encode(newPassword));
		sessions.endOthers(me.username(), keepSessionId);
	}

	/** The administrator switches an account off (someone left) or on again; switching off ends its sessions. */
	@Transactional
	public void setEnabled(UUID accountId, boolean enabled) {
		CurrentUser admin = require(Permission.MANAGE_ACCOUNTS);
		if (!enabled && admin.accountId().equals(accountId)) {
			throw new InvalidInputException("enabled", "error.account.disableSelf");
		}
		AccountSummary account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account"));
		accounts.setEnabled(accountId, enabled);
		if (!enabled) {
			sessions.endAll(account.username());
		}
	}

	/**
	 * The administrator gives a staff account another role and unit, under the same rules as when
	 * opening one. Its sessions end, so that nobody works on with the old role's reach.
	 */
	@Transactional
	public void changeRole(UUID accountId, Role role, UUID orgUnitId) {
		CurrentUser admin = require(Permission.MANAGE_ACCOUNTS);
		if (admin.accountId().equals(accountId)) {
			// the last administrator could otherwise leave nobody able to manage accounts
			throw new InvalidInputException("role", "error.account.changeSelf");
		}
		AccountSummary account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account"));
		if (account.role() == Role.RESIDENT || role == null || !role.isStaff()) {
			throw new InvalidInputException("role", "error.account.role");
		}
		UUID unit = role == Role.SYSTEM_ADMIN ? null : checkedUnit(role, orgUnitId);
		accounts.setRole(accountId, role, unit);
		sessions.endAll(account.username());
	}

	private UUID checkedUnit(Role role, UUID orgUnitId) {
		UnitTree.Unit unit = Optional.ofNullable(orgUnitId).flatMap(units::unit)
			.orElseThrow(() -> new InvalidInputException("orgUnitId", "error.unknownUnit"));
		if (!role.fitsUnitAtDepth(unit.depth())) {
			throw new InvalidInputException("orgUnitId", "error.account.unitLevel");
		}
		return unit.id();
	}

	private void checkPassword(String password, String username) {
		passwordPolicy.problem(password, username).ifPresent(key -> {
			throw new InvalidInputException("password", key);
		});
	}

	public Instant now() {
		return clock.instant();
	}
}
