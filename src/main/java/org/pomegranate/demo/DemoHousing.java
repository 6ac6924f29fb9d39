package org.pomegranate.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.pomegranate.demo.DemoOrganization.Community;
import org.pomegranate.organization.OrgUnit;
import org.pomegranate.registry.HouseholdForm;
import org.pomegranate.registry.RegistryImport;
import org.pomegranate.registry.ResidentForm;
import org.springframework.stereotype.Component;

/** Compounds, buildings, households and residents of every community. */
@Component
class DemoHousing {

	private static final String[] COMPOUND_STEMS = { "幸福", "阳光", "康乐", "和谐", "格桑", "盐湖", "胡杨", "雪莲", "金桥", "祥和",
			"同心", "瀚海", "丝路", "天骄", "青松", "文化", "惠民", "安康", "昆仑", "绿洲" };
	private static final String[] COMPOUND_SUFFIXES = { "小区", "花园", "家园", "苑" };
	private static final String[] ROADS = { "昆仑路", "柴达木路", "江源路", "盐湖路", "八一路", "长江路", "青藏路", "迎宾路",
			"团结路", "文化路", "建设路", "乌兰路" };

	/**
	 * What was loaded; {@code designatedResident} is the record behind the demo resident login, and
	 * {@code homes} every household with the member who speaks for it, in load order.
	 */
	record Result(int compounds, int buildings, int households, int residents, UUID designatedResident,
			List<DemoHome> homes) {
	}

	/** Where a building stands, as a resident would write it: the compound's street address and names. */
	private record Building(UUID id, boolean resettlementSite, String address) {
	}

	private record Slot(UUID compound, boolean resettlementSite, String address) {
	}

	private final RegistryImport registry;

	DemoHousing(RegistryImport registry) {
		this.registry = registry;
	}

	Result load(List<Community> communities, int householdsPerGrid, Random random) {
		DemoPeople people = new DemoPeople(random);
		DemoHouseholds households = new DemoHouseholds(people);
		Counter count = new Counter();
		UUID designated = null;
		List<DemoHome> homes = new ArrayList<>();
		for (Community community : communities) {
			List<List<Building>> buildingsByGrid = buildings(community, count);
			for (int g = 0; g < community.grids().size(); g++) {
				List<Building> buildings = buildingsByGrid.get(g);
				int[] rooms = new int[buildings.size()];
				for (int h = 0; h < householdsPerGrid; h++) {
					int b = h % buildings.size();
					boolean first = designated == null && community == communities.get(0) && g == 0;
					boolean resettled = !first && people.chance(buildings.get(b).resettlementSite() ? 85 : 2);
					Household household = household(community, buildings.get(b), rooms[b]++, resettled, people);
					List<ResidentForm> members = households.residents(household.id(), community.county().code(),
							resettled, first);
					count.households++;
					UUID head = null;
					for (ResidentForm member : members) {
						// nobody lives somewhere since before they were born
						LocalDate since = household.since().isBefore(member.birthDate()) ? member.birthDate()
								: household.since();
						UUID id = registry.addResident(member, since);
						head = head == null ? id : head;
						designated = first && designated == null ? id : designated;
						count.residents++;
					}
					ResidentForm speaker = members.get(0);
					homes.add(new DemoHome(household.id(), community, g, buildings.get(b).address(), head,
							speaker.name(), speaker.preferredLanguage(), speaker.phone(), speaker.newcomer(),
							!speaker.supportNeeds().isEmpty()));
				}
			}
		}
		return new Result(count.compounds, count.buildings, count.households, count.residents, designated,
				List.copyOf(homes));
	}

	/** About two buildings per grid, in compounds of two to four; each building lies in one grid. */
	private List<List<Building>> buildings(Community community, Counter count) {
		List<OrgUnit> grids = community.grids();
		// a random of its own, so the layout does not change with the number of households per grid
		Random random = new Random(community.plan().code().hashCode());
		DemoPeople people = new DemoPeople(random);
		List<String> stems = new ArrayList<>(Arrays.asList(COMPOUND_STEMS));
		Collections.shuffle(stems, random);
		List<Slot> all = new ArrayList<>();
		int target = grids.size() * 2;
		for (int c = 0; all.size() < target; c++) {
			// the last compound of a resettlement community is its resettlement site
			int size = Math.min(people.between(2, 4), Math.max(2, target - all.size()));
			boolean site = community.plan().resettlement() && all.size() + size >= target;
			String name = site ? stems.get(c) + "安置小区" : stems.get(c) + people.pick(COMPOUND_SUFFIXES);
			String address = place(community) + people.pick(ROADS) + people.between(1, 199) + "号";
			UUID compound = registry.addCompound(community.unit().id(), name, address);
			count.compounds++;
			for (int b = 0; b < size; b++) {
				all.add(new Slot(compound, site, address + " " + name));
			}
		}
		List<List<Building>> byGrid = new ArrayList<>();
		grids.forEach(g -> byGrid.add(new ArrayList<>()));
		int[] numbers = new int[all.size()];
		for (int i = 0; i < all.size(); i++) {
			int grid = i * grids.size() / all.size();
			UUID compound = all.get(i).compound();
			int number = i == 0 || !all.get(i - 1).compound().equals(compound) ? 1 : numbers[i - 1] + 1;
			numbers[i] = number;
			UUID building = registry.addBuilding(compound, grids.get(grid).id(), number + "号楼");
			count.buildings++;
			byGrid.get(grid).add(new Building(building, all.get(i).resettlementSite(),
					all.get(i).address() + number + "号楼"));
		}
		return byGrid;
	}

	/** A household and the day its family came to live there. */
	private record Household(UUID id, LocalDate since) {
	}

	private Household household(Community community, Building building, int index, boolean resettled,
			DemoPeople people) {
		// two stairwells, two doors a floor
		String unitNo = String.valueOf(1 + index % 2);
		int floor = 1 + index / 4;
		String room = floor + "0" + (1 + (index / 2) % 2);
		LocalDate moveIn = resettled ? LocalDate.of(2016, 6, 1).plusDays(people.between(0, 6 * 365)) : null;
		LocalDate since = moveIn != null ? moveIn : LocalDate.of(2000, 1, 1).plusDays(people.between(0, 25 * 365));
		UUID id = registry.addHousehold(new HouseholdForm(building.id(), unitNo, room, resettled,
				resettled ? project(community) : null, moveIn));
		return new Household(id, since);
	}

	/** The county's name as people write it in an address: 大柴旦 rather than 大柴旦行政委员会. */
	private static String place(Community community) {
		return community.county().nameZh().replace("行政委员会", "");
	}

	private static String project(Community community) {
		String county = place(community);
		return community.county().code().equals(DemoCommunities.GOLMUD)
				|| community.county().code().equals(DemoCommunities.DELINGHA) ? county + "易地扶贫搬迁安置点"
						: county + "生态移民搬迁安置点";
	}

	private static final class Counter {
		int compounds;
		int buildings;
		int households;
		int residents;
	}
}
