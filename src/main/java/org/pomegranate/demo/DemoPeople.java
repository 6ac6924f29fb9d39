package org.pomegranate.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.pomegranate.registry.Ethnicity;
import org.pomegranate.registry.Gender;
import org.pomegranate.registry.IdNumber;

/**
 * Synthetic names, phone numbers and GB 11643 ID numbers. Names are put together from common
 * name parts of each heritage; numbers are random, so nothing here describes a real person.
 */
final class DemoPeople {

	/** The naming tradition of a family; not stored, only the optional self-declared ethnicity is. */
	enum Heritage {
		HAN(Ethnicity.HAN), HUI(Ethnicity.HUI), TIBETAN(Ethnicity.TIBETAN), MONGOL(Ethnicity.MONGOL), TU(Ethnicity.TU),
		SALAR(Ethnicity.SALAR);

		final Ethnicity ethnicity;

		Heritage(Ethnicity ethnicity) {
			this.ethnicity = ethnicity;
		}

		boolean hasSurname() {
			return this != TIBETAN && this != MONGOL;
		}
	}

	private static final String[] HAN_SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
			"朱", "高", "郭", "何", "罗", "宋", "谢", "田", "胡", "魏" };
	private static final String[] HUI_SURNAMES = { "马", "韩", "白", "冶", "沙", "穆", "海", "丁", "哈", "喇" };
	private static final String[] TU_SURNAMES = { "李", "祁", "鲁", "吕", "星", "董" };
	private static final String[] SALAR_SURNAMES = { "韩", "马", "冶", "沈" };
	private static final String[] GIVEN_MALE = { "建国", "志强", "海涛", "文斌", "国庆", "明", "军", "伟", "磊", "涛", "永福",
			"德明", "学文", "振华", "鹏", "浩然", "子轩", "宇航", "俊杰", "明轩", "德福", "海明", "占林", "有才", "成龙", "福生" };
	private static final String[] GIVEN_FEMALE = { "秀兰", "桂英", "玉梅", "海燕", "丽", "娟", "静", "芳", "慧", "红梅", "雪梅",
			"春花", "婷", "欣怡", "梓涵", "雨桐", "诗琪", "佳怡", "晓燕", "文静", "玉兰", "春梅", "素梅", "海霞" };
	private static final String[] TIBETAN_MALE = { "才让", "扎西", "多杰", "索南", "尼玛", "旦增", "更登", "仁增", "桑杰", "贡保",
			"洛桑", "达哇", "久美", "南杰", "公保", "华旦" };
	private static final String[] TIBETAN_FEMALE = { "卓玛", "拉毛", "措毛", "央金", "德吉", "卓嘎", "才吉", "拉姆", "吉毛",
			"曲珍", "卓措", "永措" };
	private static final String[] MONGOL_MALE = { "巴特尔", "布和", "额尔敦", "朝鲁", "苏和", "宝音", "那日苏", "满都拉", "巴图",
			"特木尔", "孟和", "额尔德尼", "达来", "吉日格勒", "哈斯巴根", "那木吉拉", "巴雅尔", "阿拉坦仓", "毕力格", "乌力吉",
			"图门", "敖日格勒", "宝力道", "额日和木", "道尔吉", "斯琴巴图" };
	private static final String[] MONGOL_FEMALE = { "其其格", "乌兰", "萨仁", "娜仁", "托娅", "高娃", "斯琴高娃", "乌日娜",
			"图雅", "琪琪格", "苏布达", "萨日娜", "格日勒", "乌云", "塔娜", "其木格", "阿拉坦其其格", "乌日汗", "诺敏", "吉雅",
			"萨仁高娃", "赛罕", "斯日古楞", "敖登" };
	private static final String[] MOBILE_PREFIXES = { "130", "131", "132", "133", "135", "136", "137", "138", "139",
			"150", "151", "152", "153", "155", "157", "158", "159", "180", "181", "182", "183", "186", "187", "189" };

	private final Random random;
	private final Set<String> phones = new HashSet<>();
	private final Set<String> idNumbers = new HashSet<>();

	DemoPeople(Random random) {
		this.random = random;
	}

	String surname(Heritage heritage) {
		return switch (heritage) {
			case HUI -> pick(HUI_SURNAMES);
			case TU -> pick(TU_SURNAMES);
			case SALAR -> pick(SALAR_SURNAMES);
			default -> pick(HAN_SURNAMES);
		};
	}

	/** A full name; {@code surname} is used only by heritages that have one (may be null: then a random one). */
	String name(Heritage heritage, Gender gender, String surname) {
		boolean male = gender == Gender.MALE;
		return switch (heritage) {
			case TIBETAN -> tibetan(male);
			// many Mongols of Haixi carry Tibetan names, as their neighbours do
			case MONGOL -> random.nextInt(10) < 3 ? tibetan(male) : pick(male ? MONGOL_MALE : MONGOL_FEMALE);
			default -> (surname == null ? surname(heritage) : surname) + pick(male ? GIVEN_MALE : GIVEN_FEMALE);
		};
	}

	private String tibetan(boolean male) {
		if (random.nextInt(10) < 4) {
			return pick(male ? TIBETAN_MALE : TIBETAN_FEMALE);
		}
		// two-part names such as 才让多杰 or 才让卓玛
		String first = pick(TIBETAN_MALE);
		String second = male ? pick(TIBETAN_MALE) : pick(TIBETAN_FEMALE);
		return first.equals(second) ? first : first + second;
	}

	/** An 11-digit mobile number not handed out before in this demo. */
	String phone() {
		String phone;
		do {
			phone = pick(MOBILE_PREFIXES) + String.format("%08d", random.nextInt(100_000_000));
		}
		while (!phones.add(phone));
		return phone;
	}

	/** A valid, unique ID number: region, birth date, sequence (odd for men) and check character. */
	String idNumber(String regionCode, LocalDate birthDate, Gender gender) {
		String id;
		do {
			int sequence = random.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
			String first17 = regionCode + String.format("%04d%02d%02d%03d", birthDate.getYear(),
					birthDate.getMonthValue(), birthDate.getDayOfMonth(), sequence);
			id = first17 + IdNumber.checkCharacter(first17);
		}
		while (!idNumbers.add(id));
		return id;
	}

	/** A birth date for someone of this age on the demo's reference date. */
	LocalDate birthDate(int age) {
		return DemoHouseholds.REFERENCE_DATE.minusYears(age).minusDays(1 + random.nextInt(364));
	}

	int between(int min, int max) {
		return min + random.nextInt(max - min + 1);
	}

	boolean chance(int percent) {
		return random.nextInt(100) < percent;
	}

	<T> T pick(T[] values) {
		return values[random.nextInt(values.length)];
	}

	/** Picks an index with the given weights. */
	int weighted(int... weights) {
		return weighted(random, weights);
	}

	/** Picks an index with the given weights, from the demo's one seeded random source. */
	static int weighted(Random random, int... weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int r = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}
}
