package org.pomegranate;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.pomegranate.identity.ApiTokenScope;
import org.pomegranate.identity.ApiTokens;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.NewApiToken;
import org.pomegranate.identity.NewAccount;
import org.pomegranate.identity.Role;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.privacy.RevealPurpose;
import org.pomegranate.privacy.RevealReason;
import org.pomegranate.registry.Gender;
import org.pomegranate.registry.HouseholdForm;
import org.pomegranate.registry.IdNumber;
import org.pomegranate.registry.Language;
import org.pomegranate.registry.RegistryImport;
import org.pomegranate.registry.ResidentForm;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds test data through the application's public services, as a real user or import would,
 * and signs people in. Registered in the test context by {@link IntegrationTest}; deliberately
 * not a {@code @Component}, so the application's component scan never picks it up.
 */
public class TestFixtures {

	/** The password of every account the fixtures create. */
	public static final String PASSWORD = "Granat-Test-2025";

	private static final AtomicInteger ID_SEQUENCE = new AtomicInteger();
	private static final AtomicInteger WORLD_SEQUENCE = new AtomicInteger();
	private static final AtomicInteger STATISTICAL_SEQUENCE = new AtomicInteger();
	private static final String RUN = String.format("%06x", ThreadLocalRandom.current().nextInt(0x1000000));

	/** The one context's fixtures, for {@link ApiClient}, which tests build with {@code new}. */
	private static volatile TestFixtures current;
	private static final Map<String, String> API_TOKENS = new ConcurrentHashMap<>();

	private final OrganizationManagement organization;
	private final IdentityManagement identity;
	private final ApiTokens apiTokens;
	private final RegistryImport registryImport;
	private final UserDetailsService userDetails;
	private final TransactionTemplate transaction;

	TestFixtures(OrganizationManagement organization, IdentityManagement identity, ApiTokens apiTokens,
			RegistryImport registryImport, UserDetailsService userDetails, PlatformTransactionManager transactionManager) {
		this.organization = organization;
		this.identity = identity;
		this.apiTokens = apiTokens;
		this.registryImport = registryImport;
		this.userDetails = userDetails;
		this.transaction = new TransactionTemplate(transactionManager);
		current = this;
	}

	/**
	 * An API token (scope "act", 30 days) of a fixture account, made on the account page's path the
	 * first time (signed in as the account) and reused after. The thread's own sign-in is kept.
	 */
	public static String apiToken(String username) {
		TestFixtures fixtures = current;
		if (fixtures == null) {
			throw new IllegalStateException("No test context yet: API tokens come from an @IntegrationTest");
		}
		return API_TOKENS.computeIfAbsent(username, fixtures::newApiToken);
	}

	private String newApiToken(String username) {
		SecurityContext before = SecurityContextHolder.getContext();
		try {
			signIn(username);
			return apiTokens.create(new NewApiToken("tests", ApiTokenScope.ACT, 30)).value();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

	/**
	 * A prefecture → county → street → community with two grids; the community has one compound
	 * with buildings 1号楼 and 2号楼 in grid A and 3号楼 in grid B; and four accounts: a grid
	 * worker for each grid, the community head and a street officer.
	 */
	public World world() {
		String s = suffix();
		// statistical codes in the test area 9xxxxx, which no real division uses
		String code = statisticalPrefix();
		OrgUnit prefecture = organization.create(null, code + "00", "测试州" + s, "Test Prefecture " + s, OrgLevel.PREFECTURE);
		OrgUnit county = organization.create(prefecture.id(), code + "01", "测试市" + s, "Test City " + s, OrgLevel.COUNTY);
		OrgUnit street = organization.create(county.id(), code + "01001", "测试街道" + s, "Test Street " + s,
				OrgLevel.STREET);
		OrgUnit community = organization.create(street.id(), code + "01001001", "石榴社区" + s,
				"Pomegranate Community " + s, OrgLevel.COMMUNITY);
		OrgUnit gridA = organization.create(community.id(), "GA" + s, "第一网格" + s, "Grid A " + s, OrgLevel.GRID);
		OrgUnit gridB = organization.create(community.id(), "GB" + s, "第二网格" + s, "Grid B " + s, OrgLevel.GRID);
		String compoundName = "夏都花园" + s;
		UUID[] ids = transaction.execute(tx -> {
			UUID compound = registryImport.addCompound(community.id(), compoundName, "西宁市城中区测试路" + s + "号");
			return new UUID[] { compound, registryImport.addBuilding(compound, gridA.id(), "1号楼"),
					registryImport.addBuilding(compound, gridA.id(), "2号楼"),
					registryImport.addBuilding(compound, gridB.id(), "3号楼") };
		});
		String workerA = account("gwa" + s, "网格员甲" + s, Role.GRID_WORKER, gridA.id());
		String workerB = account("gwb" + s, "网格员乙" + s, Role.GRID_WORKER, gridB.id());
		String head = account("head" + s, "社区书记" + s, Role.COMMUNITY_HEAD, community.id());
		String officer = account("officer" + s, "街道干部" + s, Role.STREET_OFFICER, street.id());
		return new World(s, prefecture, county, street, community, gridA, gridB, compoundName, ids[0], ids[1], ids[2],
				ids[3], workerA, workerB, head, officer);
	}

	/** Creates a staff account (or an administrator with {@code unit == null}); returns the username. */
	public String account(String username, String displayName, Role role, UUID unit) {
		return account(username, displayName, role, unit, List.of("zh"));
	}

	/** A staff account that speaks these languages (codes such as {@code zh}, {@code bo}, {@code mn}). */
	public String account(String username, String displayName, Role role, UUID unit, List<String> languages) {
		identity.createAccount(new NewAccount(username, PASSWORD, displayName, role, unit, null, languages));
		return username;
	}

	/** Creates a resident's own account, tied to their registry record; returns the username. */
	public String residentAccount(String username, String displayName, UUID residentId) {
		identity.createAccount(new NewAccount(username, PASSWORD, displayName, Role.RESIDENT, null, residentId,
				List.of("zh")));
		return username;
	}

	public UUID accountId(String username) {
		return identity.findAccounts(username, 10).stream().filter(a -> a.username().equals(username)).findFirst()
			.orElseThrow().id();
	}

	/** Signs the account in for the current thread, as the security filters would after a login. */
	public void signIn(String username) {
		UserDetails principal = userDetails.loadUserByUsername(username);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
	}

	/** Runs the work signed in as the account, then signs out again. */
	public <T> T as(String username, java.util.function.Supplier<T> work) {
		signIn(username);
		try {
			return work.get();
		}
		finally {
			signOut();
		}
	}

	public static void signOut() {
		SecurityContextHolder.clearContext();
	}

	/** Runs an import-style act (no signed-in user) in one transaction. */
	public <T> T inTransaction(java.util.function.Supplier<T> work) {
		return transaction.execute(tx -> work.get());
	}

	/**
	 * A valid ID number that no other test in this JVM uses: the database is shared and ID numbers
	 * are unique. Born 1950-01-01 plus a JVM-wide counter in days, region 659001, sequence 9xx.
	 */
	public static String uniqueIdNumber() {
		int n = ID_SEQUENCE.incrementAndGet();
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n % 20000);
		String first17 = "659001" + birth.toString().replace("-", "") + String.format("9%02d", (n / 20000) % 100);
		String id = first17 + IdNumber.checkCharacter(first17);
		if (!IdNumber.isValid(id)) {
			throw new IllegalStateException("generated an invalid ID number " + id);
		}
		return id;
	}

	/** A reason to reveal something: a home visit, with the note given (at least 10 characters to pass). */
	public static RevealReason why(String note) {
		return new RevealReason(RevealPurpose.HOME_VISIT, note);
	}

	public static HouseholdForm household(UUID building, String unitNo, String room) {
		return new HouseholdForm(building, unitNo, room, false, null, LocalDate.of(2020, 5, 1));
	}

	public static ResidentForm resident(UUID household, String name, String phone, String idNumber) {
		return new ResidentForm(household, name, Gender.FEMALE, LocalDate.of(1985, 6, 15), phone, idNumber,
				Language.ZH, null, Set.of(), false, Set.of());
	}

	/**
	 * Four digits unique in this JVM (the test database lives as long as the JVM), starting with 9:
	 * a prefecture's code is these plus {@code 00}, its county's plus {@code 01}.
	 */
	public static String statisticalPrefix() {
		int n = STATISTICAL_SEQUENCE.incrementAndGet();
		if (n > 999) {
			throw new IllegalStateException("more than 999 test prefectures in one JVM");
		}
		return String.format("9%03d", n);
	}

	/** Unique per call: a random run prefix (6 hex digits) and a JVM-wide counter. Codes stay under 20 characters. */
	private static String suffix() {
		return RUN + WORLD_SEQUENCE.incrementAndGet();
	}

	/** What {@link #world()} made. Usernames are the account names to {@link #signIn(String)} with. */
	public record World(String suffix, OrgUnit prefecture, OrgUnit county, OrgUnit street, OrgUnit community,
			OrgUnit gridA, OrgUnit gridB, String compoundName, UUID compound, UUID buildingA1, UUID buildingA2,
			UUID buildingB, String workerA, String workerB, String head, String officer) {
	}
}
