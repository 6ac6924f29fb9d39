package org.pomegranate.imports.internal;

import static org.pomegranate.imports.internal.Column.choice;
import static org.pomegranate.imports.internal.Column.text;

import java.util.List;

import org.pomegranate.imports.ImportKind;

/** The columns of each kind of sheet, in order. Shared by the template, the reader and the report. */
public final class Layouts {

	private static final Column COMMUNITY = text("社区代码", "Community code", true, 20, "630801001001",
			"所属社区的代码（组织机构中的代码）", "Code of the community, as in the organisation tree");
	private static final Column COMPOUND = text("小区名称", "Compound", true, 100, "昆仑花园",
			"小区名称，与登记的一致", "Name of the compound, as registered");
	private static final Column BUILDING = text("楼栋", "Building", true, 50, "1号楼", "楼栋名称", "Name of the building");
	private static final Column UNIT_NO = text("单元", "Entrance", true, 10, "1", "单元号", "Entrance (unit) number");
	private static final Column ROOM = text("房号", "Room", true, 20, "101", "房号", "Room number");

	static final List<Column> UNITS = List.of(
			text("上级代码", "Parent code", false, 20, "630801", "上级单位的代码；州一级留空；上级可在本文件靠前或靠后的行中",
					"Code of the parent unit; empty for a prefecture; the parent may be another row of this file"),
			text("代码", "Code", true, 20, "630801001", "本单位代码（统计用区划代码或自定），全系统唯一",
					"Code of this unit (statistical code or your own), unique"),
			text("名称", "Name (Chinese)", true, 100, "昆仑路街道", "中文名称", "Name in Chinese"),
			text("英文名称", "Name (English)", false, 200, "Kunlun Road Subdistrict", "英文名称，可空（空时用中文名称）",
					"Name in English; empty means the Chinese name"),
			choice("层级", "Level", true, Choices.words(Choices.LEVELS), "街道乡镇", "须为上级的下一级",
					"Must be the level directly below the parent's"));

	static final List<Column> PLACES = List.of(COMMUNITY, COMPOUND,
			text("小区地址", "Address", true, 200, "格尔木市昆仑路8号", "小区地址", "Street address of the compound"),
			BUILDING,
			text("网格代码", "Grid code", true, 20, "630801001001001", "楼栋所属网格的代码，须在该社区之下",
					"Code of the grid serving the building; a grid of that community"));

	static final List<Column> HOUSEHOLDS = List.of(COMMUNITY, COMPOUND, BUILDING, UNIT_NO, ROOM,
			choice("易地搬迁户", "Resettled", false, Choices.words(Choices.YES_NO), "否", "是/否，空为否",
					"Yes (是) or no (否); empty means no"),
			text("搬迁项目", "Resettlement project", false, 100, "", "易地搬迁户必填", "Required for a resettled household"),
			text("入住日期", "Move-in date", false, 10, "2020-05-01", "如 2020-05-01、2020/5/1、2020年5月1日",
					"e.g. 2020-05-01, 2020/5/1 or 2020年5月1日"));

	static final List<Column> RESIDENTS = List.of(COMMUNITY, COMPOUND, BUILDING, UNIT_NO, ROOM,
			text("姓名", "Name", true, 50, "才让卓玛", "姓名", "Full name"),
			choice("性别", "Gender", true, Choices.words(Choices.GENDERS), "女", "男/女", "Male (男) or female (女)"),
			text("出生日期", "Date of birth", true, 10, "1986-03-08", "如 1986-03-08、1986/3/8、1986年3月8日",
					"e.g. 1986-03-08, 1986/3/8 or 1986年3月8日"),
			text("身份证号", "ID number", false, 18, "", "18位，末位校验；请按文本格式输入；同一号码只能登记一次",
					"18 characters with a check digit, typed as text; each number once"),
			text("手机号", "Mobile phone", false, 20, "13800138000", "11位手机号", "11-digit mobile number"),
			choice("常用语言", "Language", false, Choices.words(Choices.LANGUAGES), "藏文", "空为中文",
					"Empty means Chinese"),
			choice("民族", "Ethnicity", false, Choices.words(Choices.ETHNICITIES), "", "自愿申报；仅在下一列为“是”时登记",
					"Self-declared; recorded only when the next column says yes"),
			choice("本人同意登记民族", "Consents to ethnicity", false, Choices.words(Choices.YES_NO), "否",
					"本人明确同意时填“是”，否则民族不登记", "Yes (是) only with the resident's consent; otherwise ethnicity is dropped"),
			choice("流动人口", "Newcomer", false, Choices.words(Choices.YES_NO), "否", "是/否，空为否",
					"Yes (是) or no (否); empty means no"),
			text("入住日期", "Living here since", false, 10, "", "空为导入当天", "Empty means the day of import"));

	/** Columns of the residents sheet that a report shows masked (ID number, phone) or not at all (ethnicity). */
	static final int RESIDENT_ID = 8, RESIDENT_PHONE = 9, RESIDENT_ETHNICITY = 11;

	private Layouts() {
	}

	public static List<Column> of(ImportKind kind) {
		return switch (kind) {
			case UNITS -> UNITS;
			case PLACES -> PLACES;
			case HOUSEHOLDS -> HOUSEHOLDS;
			case RESIDENTS -> RESIDENTS;
		};
	}
}
