package org.pomegranate.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic communities of the demo and where they sit among the real townships. Kept as a
 * fixed plan, independent of the database, so the logins table can be printed on every start.
 */
final class DemoCommunities {

	static final String GOLMUD = "632801";
	static final String DELINGHA = "632802";
	static final String KUNLUN_ROAD = "632801001";

	static final String[] GRID_NAMES_ZH = { "第一网格", "第二网格", "第三网格", "第四网格", "第五网格", "第六网格" };
	/** The grids' names in Tibetan and traditional Mongolian: the pages show them to readers of those languages. */
	static final String[] GRID_NAMES_BO = { "དྲ་མིག་དང་པོ།", "དྲ་མིག་གཉིས་པ།", "དྲ་མིག་གསུམ་པ།", "དྲ་མིག་བཞི་པ།", "དྲ་མིག་ལྔ་པ།",
			"དྲ་མིག་དྲུག་པ།" };
	static final String[] GRID_NAMES_MN = { "ᠨᠢᠭᠡᠳᠦᠭᠡᠷ ᠲᠣᠣᠷ", "ᠬᠣᠶᠠᠳᠤᠭᠠᠷ ᠲᠣᠣᠷ", "ᠭᠤᠷᠪᠠᠳᠤᠭᠠᠷ ᠲᠣᠣᠷ", "ᠳᠥᠷᠪᠡᠳᠦᠭᠡᠷ ᠲᠣᠣᠷ",
			"ᠲᠠᠪᠤᠳᠤᠭᠠᠷ ᠲᠣᠣᠷ", "ᠵᠢᠷᠭᠤᠳᠤᠭᠠᠷ ᠲᠣᠣᠷ" };
	/**
	 * Tibetan and Mongolian names of some communities, by slug (the others have none, and show in Chinese): a
	 * place to see the fallback as well as the names.
	 */
	static final java.util.Map<String, String[]> LOCAL_NAMES = java.util.Map.of(
			"kunlun", new String[] { "ཁུན་ལུན་སྡེ་ཁུལ།", "ᠬᠥᠨᠯᠥᠨ ᠬᠣᠷᠢᠶᠠᠯᠠᠩ" },
			"xuelian", new String[] { "གངས་ལྷ་མེ་ཏོག་སྡེ་ཁུལ།", "ᠴᠠᠰᠤᠨ ᠯᠢᠨᠬᠤᠸᠠ ᠬᠣᠷᠢᠶᠠᠯᠠᠩ" },
			"qaidam", new String[] { "ཚྭ་འདམ་སྡེ་ཁུལ།", "ᠴᠠᠢᠳᠠᠮ ᠬᠣᠷᠢᠶᠠᠯᠠᠩ" },
			"bayin", new String[] { "པ་ཡིན་སྡེ་ཁུལ།", "ᠪᠠᠶᠠᠨ ᠬᠣᠷᠢᠶᠠᠯᠠᠩ" },
			"chahanwusu", new String[] { "ཚ་ཧན་ཝུ་སུ་སྡེ་ཁུལ།", "ᠴᠠᠭᠠᠨ ᠤᠰᠤ ᠬᠣᠷᠢᠶᠠᠯᠠᠩ" });

	/**
	 * @param slug          lower-case English name, used in demo usernames
	 * @param resettlement  whether one compound of the community is a resettlement site
	 */
	record Plan(String streetCode, String code, String nameZh, String nameEn, String slug, int grids,
			boolean resettlement) {

		String countyCode() {
			return streetCode.substring(0, 6);
		}

		String gridCode(int index) {
			return code + String.format("%02d", index + 1);
		}
	}

	/** Mostly in the urban subdistricts of Golmud and Delingha, one in each other county's seat town. */
	static final List<Plan> ALL = plans();

	private DemoCommunities() {
	}

	static Plan first() {
		return ALL.get(0);
	}

	private static List<Plan> plans() {
		List<Plan> all = new ArrayList<>();
		// Golmud: 昆仑路, 黄河路, 金峰路, 河西, 西藏路 subdistricts
		street(all, "632801001", "昆仑", "Kunlun", true, "雪莲", "Xuelian", false, "盐桥", "Yanqiao", false);
		street(all, "632801002", "黄河", "Huanghe", false, "胜利", "Shengli", true, "团结", "Tuanjie", false);
		street(all, "632801003", "金峰", "Jinfeng", false, "柴达木", "Qaidam", true);
		street(all, "632801004", "格桑", "Gesang", false, "胡杨", "Huyang", false);
		street(all, "632801005", "高原", "Gaoyuan", true, "江源", "Jiangyuan", false);
		// Delingha: 河西, 河东, 火车站 subdistricts
		street(all, "632802001", "巴音", "Bayin", true, "祁连", "Qilian", false);
		street(all, "632802002", "长江", "Changjiang", false, "柏树", "Baishu", true);
		street(all, "632802003", "石榴", "Shiliu", false, "金色", "Jinse", false);
		// one community in the seat town of each other county-level unit
		street(all, "632803100", "花土沟", "Huatugou", false);
		street(all, "632821100", "希里沟", "Xiligou", true);
		street(all, "632822100", "察汉乌苏", "Chahanwusu", true);
		street(all, "632823100", "新源", "Xinyuan", true);
		street(all, "632857100", "柴旦", "Chaidan", false);
		return List.copyOf(all);
	}

	/** Communities of one township: triples of Chinese stem, English stem and resettlement flag. */
	private static void street(List<Plan> all, String streetCode, Object... communities) {
		for (int i = 0; i < communities.length; i += 3) {
			String zh = (String) communities[i];
			String en = (String) communities[i + 1];
			String code = streetCode + String.format("%03d", i / 3 + 1);
			// alternate 6 and 5 grids so the first community has six and the total passes one hundred
			int grids = all.size() % 2 == 0 ? 6 : 5;
			all.add(new Plan(streetCode, code, zh + "社区", en + " Community", en.toLowerCase(), grids,
					(Boolean) communities[i + 2]));
		}
	}
}
