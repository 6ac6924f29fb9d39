package org.pomegranate.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.pomegranate.heritage.Heritage;
import org.pomegranate.heritage.HeritageModel;
import org.pomegranate.heritage.HeritageModel.Category;
import org.pomegranate.heritage.HeritageModel.Level;
import org.pomegranate.heritage.HeritageModel.SiteKind;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.pairing.Pairing;
import org.pomegranate.pairing.PairingModel;
import org.pomegranate.registry.BuildingOption;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.safety.CreditCode;
import org.pomegranate.safety.Enterprises;
import org.pomegranate.safety.Findings;
import org.pomegranate.safety.SafetyModel;
import org.pomegranate.safety.SafetyModel.Severity;
import org.pomegranate.safety.SafetyScreening;
import org.pomegranate.shared.TimeConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The casework of the demo, made through the services as the people would: a winter screening
 * campaign in Kunlun Road with findings in every state (one overdue, which the escalation job sends
 * to the head on its first run), enterprises with their liaison, pairs with visits (some lapsing),
 * and heritage projects and cultural sites across the prefecture. Names of people are synthetic.
 */
@Component
class DemoCasework {

	private final SafetyScreening screening;
	private final Findings findings;
	private final Enterprises enterprises;
	private final Pairing pairing;
	private final Heritage heritage;
	private final RegistryManagement registry;
	private final OrganizationManagement organization;
	private final IdentityManagement identity;
	private final UserDetailsService users;
	private final JdbcClient jdbc;

	DemoCasework(SafetyScreening screening, Findings findings, Enterprises enterprises, Pairing pairing,
			Heritage heritage, RegistryManagement registry, OrganizationManagement organization,
			IdentityManagement identity, UserDetailsService users, JdbcClient jdbc) {
		this.screening = screening;
		this.findings = findings;
		this.enterprises = enterprises;
		this.pairing = pairing;
		this.heritage = heritage;
		this.registry = registry;
		this.organization = organization;
		this.identity = identity;
		this.users = users;
		this.jdbc = jdbc;
	}

	void load(List<DemoHome> homes, UUID designatedResident, Random random) {
		try {
			DemoHome designated = homes.stream().filter(h -> h.residentId().equals(designatedResident)).findFirst()
				.orElseThrow();
			List<UUID> firms = enterprises(designated.community().unit().id());
			safety(designated, firms, random);
			pairs(homes.stream().filter(h -> h.community() == designated.community() && h.gridIndex() == 0)
				.filter(h -> !h.residentId().equals(designatedResident)).toList(), random);
			heritage();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	// ---- enterprises and safety -----------------------------------------------------------------

	private List<UUID> enterprises(UUID community) {
		UUID liaison = as("liaison", () -> identity.currentUser().accountId());
		String[][] firms = { { "格尔木昆仑物流有限公司", "LOGISTICS", "昆仑路88号" },
				{ "格尔木盐湖宾馆有限公司", "LODGING", "盐湖路12号" }, { "昆仑路清真餐厅", "CATERING", "昆仑路23号" },
				{ "柴达木建材商贸有限公司", "TRADE", "建设路6号" } };
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < firms.length; i++) {
			// synthetic codes: registration 9, type 1, region 632801, organisation code in a demo range
			String first17 = "91632801MA0DEM" + String.format("%03d", i);
			String code = first17 + CreditCode.checkCharacter(first17);
			String[] f = firms[i];
			ids.add(as("head", () -> enterprises.register(new SafetyModel.EnterpriseForm(f[0], code, community,
					"格尔木市" + f[2], SafetyModel.EnterpriseKind.valueOf(f[1]), liaison))));
		}
		return ids;
	}

	private void safety(DemoHome home, List<UUID> firms, Random random) {
		LocalDate today = LocalDate.now(TimeConfiguration.DISPLAY_ZONE);
		UUID campaign = as("street", () -> screening.createCampaign(new SafetyModel.CampaignForm("冬季消防安全隐患排查",
				today.minusDays(20), today.plusDays(40), List.of(home.community().unit().id()),
				List.of("消防通道畅通，无杂物堆放", "灭火器在有效期内", "电动车不在楼道内停放充电", "燃气管道和阀门无锈蚀泄漏",
						"电线无私拉乱接"))));
		List<SafetyModel.ChecklistItem> items = as("head", () -> screening.campaign(campaign).checklist());
		List<BuildingOption> buildings = as("head", registry::buildingsInScope);
		String[] hazards = { "三楼楼道堆放纸箱和旧家具", "一单元灭火器压力不足", "电动车在楼道内充电", "厨房燃气软管老化",
				"地下室电线私拉乱接", "消防栓被遮挡" };
		// the states a finding can be in, one or more of each: OPEN, RECTIFYING (one overdue), REINSPECTED, CLOSED
		String[] plan = { "OPEN", "RECTIFYING", "OVERDUE", "REINSPECTED", "CLOSED", "CLOSED", "OPEN", "RECTIFYING" };
		List<UUID> tasks = new ArrayList<>();
		for (int i = 0; i < Math.min(6, buildings.size()); i++) {
			UUID building = buildings.get(i).id();
			tasks.add(as("head", () -> screening.createInspection(new SafetyModel.InspectionForm(campaign,
					SafetyModel.PlaceKind.BUILDING, building, null, null))));
		}
		for (UUID firm : firms.subList(0, 2)) {
			tasks.add(as("head", () -> screening.createInspection(new SafetyModel.InspectionForm(campaign,
					SafetyModel.PlaceKind.ENTERPRISE, firm, null, null))));
		}
		for (int i = 0; i < plan.length && i < tasks.size(); i++) {
			UUID task = tasks.get(i);
			SafetyModel.ChecklistItem item = items.get(random.nextInt(items.size()));
			Severity severity = plan[i].equals("OVERDUE") ? Severity.CRITICAL : Severity.values()[random.nextInt(3)];
			String hazard = hazards[i % hazards.length];
			String state = plan[i];
			as("head", () -> {
				UUID finding = findings.record(task, new SafetyModel.FindingForm(item.id(), severity, hazard), List.of());
				if (!state.equals("OPEN")) {
					findings.rectify(finding, new SafetyModel.RectifyForm(i2party(task, firms)));
				}
				if (state.equals("OVERDUE")) {
					// a deadline already passed: the escalation job finds it on its first run
					jdbc.sql("update safety_finding set deadline = now() - interval '2 days' where id = ?")
						.param(finding).update();
				}
				if (state.equals("REINSPECTED") || state.equals("CLOSED")) {
					findings.reinspect(finding, new SafetyModel.ReinspectForm(true, "复查已整改到位"));
				}
				if (state.equals("CLOSED")) {
					findings.close(finding, new SafetyModel.CloseForm("已整改，现场拍照存档"), List.of());
				}
				return finding;
			});
		}
		as("head", () -> {
			screening.completeInspection(tasks.get(tasks.size() - 1), "检查完毕");
			return null;
		});
	}

	private static String i2party(UUID task, List<UUID> firms) {
		return "小区物业服务中心";
	}

	// ---- pairs ----------------------------------------------------------------------------------

	private void pairs(List<DemoHome> homes, Random random) {
		LocalDate today = LocalDate.now(TimeConfiguration.DISPLAY_ZONE);
		UUID me = as("grid", () -> identity.currentUser().accountId());
		String[] goals = { "每月走访一次，帮助老人就医取药", "帮助孩子课后辅导，过节互相走动", "帮扶就业，介绍技能培训",
				"冬季取暖和用电安全提醒" };
		String[] help = { "陪同去社区卫生服务站取药", "送去米面油，聊家常", "帮忙联系维修暖气", "一起过中秋，包饺子",
				"辅导孩子写作业" };
		for (int i = 0; i + 1 < homes.size() && i < 12; i += 2) {
			DemoHome home = homes.get(i);
			boolean lapsing = i % 6 == 4;
			LocalDate started = today.minusDays(lapsing ? 75 + random.nextInt(30) : 40 + random.nextInt(80));
			boolean households = i % 4 == 2;
			UUID partner = homes.get(i + 1).householdId();
			UUID pair = as("grid", () -> pairing.create(new PairingModel.PairForm(
					households ? PairingModel.Kind.HOUSEHOLDS : PairingModel.Kind.STAFF, home.householdId(),
					households ? partner : null, households ? null : me, null, null,
					goals[random.nextInt(goals.length)], started)));
			if (!lapsing) {
				int visits = 1 + random.nextInt(4);
				for (int v = 0; v < visits; v++) {
					LocalDate on = started.plusDays(random.nextInt((int) (today.toEpochDay() - started.toEpochDay()) + 1));
					as("grid", () -> pairing.visit(pair, new PairingModel.VisitForm(on, "扎西多杰",
							help[random.nextInt(help.length)])));
				}
			}
		}
	}

	// ---- heritage and sites ---------------------------------------------------------------------

	private void heritage() {
		UUID prefecture = unit("632800");
		UUID golmud = unit(DemoCommunities.GOLMUD);
		UUID delingha = unit(DemoCommunities.DELINGHA);
		UUID mangya = unit("632803");
		UUID ulan = unit("632821");
		UUID dulan = unit("632822");
		as("prefecture", () -> {
			UUID hua = project("河湟花儿（海西）", Category.TRADITIONAL_MUSIC, Level.PROVINCIAL, prefecture,
					"流传于青海各地的民歌形式，以即兴对唱为特色，每年夏季花儿会上传唱。");
			UUID epic = project("格萨尔说唱", Category.QUYI, Level.NATIONAL, prefecture,
					"以说唱形式讲述格萨尔史诗的传统曲艺，由艺人口耳相传。");
			UUID felt = project("蒙古族毡艺", Category.TRADITIONAL_CRAFTS, Level.PREFECTURE, ulan,
					"以羊毛擀制毡子、毡包和生活用品的传统手工技艺。");
			UUID naadam = project("那达慕", Category.FOLK_CUSTOMS, Level.PROVINCIAL, delingha,
					"蒙古族传统节日盛会，包含赛马、摔跤、射箭等活动。");
			UUID weaving = project("藏族编织技艺", Category.TRADITIONAL_CRAFTS, Level.COUNTY, dulan,
					"以牦牛毛和羊毛编织帐篷、口袋和挂毯的传统技艺。");
			UUID medicine = project("藏医药浴", Category.TRADITIONAL_MEDICINE, Level.COUNTY, golmud,
					"以多种药材煎煮药水浸浴的传统藏医疗法。");
			String[] names = { "才让东珠", "巴雅尔图", "马秀兰", "索南吉", "乌日娜", "韩永福" };
			UUID[] projects = { hua, epic, felt, naadam, weaving, medicine };
			Level[] levels = { Level.PROVINCIAL, Level.NATIONAL, Level.PREFECTURE, Level.PROVINCIAL, Level.COUNTY,
					Level.COUNTY };
			for (int i = 0; i < projects.length; i++) {
				heritage.addInheritor(new HeritageModel.InheritorForm(projects[i], names[i], levels[i]));
			}
			LocalDate today = LocalDate.now(TimeConfiguration.DISPLAY_ZONE);
			heritage.addOutreach(hua, new HeritageModel.OutreachForm(HeritageModel.OutreachKind.SCHOOLS,
					today.minusDays(30), "格尔木市第一中学", 120, "花儿进校园，学唱两首", null));
			heritage.addOutreach(felt, new HeritageModel.OutreachForm(HeritageModel.OutreachKind.HOMES,
					today.minusDays(12), "希里沟镇牧民定居点", 18, "毡艺进家庭，手把手教做毡垫", null));
			heritage.addOutreach(epic, new HeritageModel.OutreachForm(HeritageModel.OutreachKind.SCHOOLS,
					today.minusDays(50), "德令哈市民族中学", 200, null, null));

			site(SiteKind.RED_CULTURE_BASE, "将军楼", golmud, "格尔木市将军楼公园",
					"革命传统教育展览，讲解预约，团体参观", "周二至周日 9:00–17:00",
					"纪念青藏公路修建者的旧居与纪念馆，是格尔木的红色教育基地。");
			site(SiteKind.RED_CULTURE_BASE, "莫河骆驼场红色教育基地", ulan, "乌兰县莫河骆驼场",
					"驼场历史展陈，拓荒精神主题教育", "每日 9:00–18:00（冬季至17:00）",
					"记录柴达木早期拓荒与驼运历史的教育基地。");
			site(SiteKind.MUSEUM, "德令哈农垦博物馆", delingha, "德令哈市农垦路",
					"农垦历史展览，老物件陈列，讲解服务", "周二至周日 9:30–17:00",
					"展示柴达木农垦事业发展历程的博物馆。");
			site(SiteKind.CULTURE_STREET, "茫崖民族文化街", mangya, "茫崖市花土沟镇",
					"民族手工艺品、特色小吃、节庆展演", "全天开放，商铺 10:00–22:00",
					"汇集多民族手工艺和饮食的文化街区。");
			site(SiteKind.EXHIBITION_HALL, "柴达木盆地展览馆", golmud, "格尔木市柴达木路",
					"盆地地理、资源与开发史展览", "周三至周日 9:00–17:00",
					"介绍柴达木盆地自然与开发建设的展馆。");
			return null;
		});
	}

	private UUID project(String name, Category category, Level level, UUID region, String description) {
		return heritage.createProject(new HeritageModel.ProjectForm(name, category, level, region, description,
				List.of()));
	}

	private void site(SiteKind kind, String name, UUID unit, String address, String offers, String hours,
			String description) {
		heritage.createSite(new HeritageModel.SiteForm(kind, name, unit, address, offers, hours, description));
	}

	private UUID unit(String code) {
		return organization.findByCode(code).orElseThrow(() -> new IllegalStateException("Demo unit " + code))
			.id();
	}

	private <T> T as(String username, Supplier<T> work) {
		UserDetails user = users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
