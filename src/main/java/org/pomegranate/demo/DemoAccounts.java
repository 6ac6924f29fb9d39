package org.pomegranate.demo;

import static org.pomegranate.identity.Role.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.pomegranate.identity.ApiTokens;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.NewAccount;
import org.pomegranate.identity.Role;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.registry.Gender;
import org.springframework.stereotype.Component;

/**
 * Staff accounts for every role, concentrated in the first community (昆仑社区 under 昆仑路街道) so
 * that one can try every part of the application there, plus a grid worker in each other community.
 * The list stays short because each password hash costs tens of milliseconds.
 */
@Component
class DemoAccounts {

	/** Shared by every demo account; passes the password policy. */
	static final String PASSWORD = "Haixi-2026";

	static final String PREFECTURE = "632800";

	/**
	 * Every demo account also has a ready API token ("pmg_demo_" and the username, scope "act", a year),
	 * documented like the demo password so that the API's curl examples, scripts and benchmarks work on
	 * a fresh start. Only the demo loader makes them; real tokens are random and shown once.
	 */
	static final String TOKEN_PREFIX = "pmg_demo_";

	private final IdentityManagement identity;
	private final ApiTokens tokens;
	private final OrganizationManagement organization;

	DemoAccounts(IdentityManagement identity, ApiTokens tokens, OrganizationManagement organization) {
		this.identity = identity;
		this.tokens = tokens;
		this.organization = organization;
	}

	static String token(String username) {
		return TOKEN_PREFIX + username;
	}

	/** The demo accounts; independent of the database and of the number of households. */
	static List<DemoLogin> plan() {
		DemoCommunities.Plan first = DemoCommunities.first();
		DemoCommunities.Plan second = DemoCommunities.ALL.get(1);
		List<DemoLogin> all = new ArrayList<>(List.of(
				login("admin", SYSTEM_ADMIN, null, "系统管理员", "zh", "en"),
				login("prefecture", PREFECTURE_OFFICER, PREFECTURE, "李文华", "zh", "en"),
				login("county", COUNTY_OFFICER, DemoCommunities.GOLMUD, "王建平", "zh"),
				login("county2", COUNTY_OFFICER, DemoCommunities.DELINGHA, "巴特尔", "zh", "mn"),
				login("street", STREET_OFFICER, DemoCommunities.KUNLUN_ROAD, "马秀英", "zh"),
				login("street2", STREET_OFFICER, "632801002", "韩德明", "zh"),
				login("head", COMMUNITY_HEAD, first.code(), "索南才让", "zh", "bo"),
				login("head2", COMMUNITY_HEAD, second.code(), "张丽娟", "zh"),
				login("staff", COMMUNITY_STAFF, first.code(), "刘海燕", "zh", "en"),
				login("mediator", MEDIATOR, first.code(), "马占林", "zh"),
				login("volunteer", VOLUNTEER, first.code(), "周晓燕", "zh"),
				login("liaison", COMMUNITY_STAFF, first.code(), "何志强", "zh"),
				login("grid", GRID_WORKER, first.gridCode(0), "扎西多杰", "zh", "bo"),
				login("grid2", GRID_WORKER, first.gridCode(1), "其其格", "zh", "mn"),
				login("grid3", GRID_WORKER, first.gridCode(2), "陈伟", "zh"),
				login("grid4", GRID_WORKER, first.gridCode(3), "拉毛措", "zh", "bo"),
				login("grid5", GRID_WORKER, first.gridCode(4), "杨静", "zh"),
				login("grid6", GRID_WORKER, first.gridCode(5), "乌兰", "zh", "mn"),
				login("resident", RESIDENT, first.gridCode(0), DemoHouseholds.DESIGNATED_NAME, "bo", "zh")));
		// its own seed, so these names do not shift when the household generator changes
		DemoPeople people = new DemoPeople(new Random(28));
		for (DemoCommunities.Plan community : DemoCommunities.ALL.subList(1, DemoCommunities.ALL.size())) {
			DemoPeople.Heritage heritage = people.pick(DemoPeople.Heritage.values());
			Gender gender = people.chance(50) ? Gender.FEMALE : Gender.MALE;
			String name = people.name(heritage, gender, null);
			String[] languages = switch (heritage) {
				case TIBETAN -> new String[] { "zh", "bo" };
				case MONGOL -> new String[] { "zh", "mn" };
				default -> new String[] { "zh" };
			};
			all.add(login("grid." + community.slug(), GRID_WORKER, community.gridCode(0), name, languages));
		}
		return List.copyOf(all);
	}

	private static DemoLogin login(String username, Role role, String unitCode, String name, String... languages) {
		return new DemoLogin(username, role, unitCode, name, List.of(languages));
	}

	void create(UUID residentId) {
		for (DemoLogin login : plan()) {
			boolean resident = login.role() == RESIDENT;
			UUID unit = resident || login.unitCode() == null ? null : unit(login.unitCode()).id();
			identity.createAccount(new NewAccount(login.username(), PASSWORD, login.displayName(), login.role(), unit,
					resident ? residentId : null, login.languages()));
			tokens.installKnownValue(login.username(), "demo", token(login.username()), Duration.ofDays(365));
		}
	}

	/** Table rows (username, role, unit, name, languages, API token) of the demo accounts that exist. */
	List<List<String>> existingRows() {
		List<List<String>> rows = new ArrayList<>();
		for (DemoLogin login : plan()) {
			if (identity.usernameTaken(login.username())) {
				rows.add(List.of(login.username(), login.role().name(), unitLabel(login), login.displayName(),
						String.join(", ", login.languages()), "`" + token(login.username()) + "`"));
			}
		}
		return rows;
	}

	private String unitLabel(DemoLogin login) {
		if (login.unitCode() == null) {
			return "—";
		}
		OrgUnit unit = unit(login.unitCode());
		String zh = unit.nameZh();
		String en = unit.nameEn();
		if (unit.parentId() != null && unit.code().length() > 12) {
			OrgUnit community = organization.find(unit.parentId()).orElseThrow();
			zh = community.nameZh() + " " + zh;
			en = community.nameEn() + ", " + en;
		}
		String label = zh + " (" + en + ")";
		return login.role() == RESIDENT ? "lives in " + label : label;
	}

	private OrgUnit unit(String code) {
		return organization.findByCode(code)
			.orElseThrow(() -> new IllegalStateException("Demo unit " + code + " is missing"));
	}
}
