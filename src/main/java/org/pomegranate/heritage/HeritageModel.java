package org.pomegranate.heritage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The records of the heritage register and the cultural sites. */
public final class HeritageModel {

	private HeritageModel() {
	}

	/** The ten categories of the national list of intangible cultural heritage. */
	public enum Category {
		/** 民间文学 */ FOLK_LITERATURE,
		/** 传统音乐 */ TRADITIONAL_MUSIC,
		/** 传统舞蹈 */ TRADITIONAL_DANCE,
		/** 传统戏剧 */ TRADITIONAL_DRAMA,
		/** 曲艺 */ QUYI,
		/** 传统体育、游艺与杂技 */ SPORTS_GAMES_ACROBATICS,
		/** 传统美术 */ TRADITIONAL_ART,
		/** 传统技艺 */ TRADITIONAL_CRAFTS,
		/** 传统医药 */ TRADITIONAL_MEDICINE,
		/** 民俗 */ FOLK_CUSTOMS
	}

	/** The list a project or an inheritor is on. */
	public enum Level {
		NATIONAL, PROVINCIAL, PREFECTURE, COUNTY
	}

	/** Outreach into homes or into schools (进家庭、进校园). */
	public enum OutreachKind {
		HOMES, SCHOOLS
	}

	public enum SiteKind {
		RED_CULTURE_BASE, MUSEUM, CULTURE_STREET, EXHIBITION_HALL
	}

	/** @param media links to photos and videos (http or https, up to 10) */
	public record ProjectForm(String name, Category category, Level level, UUID regionId, String description,
			List<String> media) {
	}

	public record Project(UUID id, String name, Category category, Level level, UUID regionId, String region,
			String description, List<String> media, long inheritors, long outreach, Instant createdAt) {
	}

	public record InheritorForm(UUID projectId, String name, Level level) {
	}

	public record Inheritor(UUID id, UUID projectId, String project, String name, Level level) {
	}

	/** @param activityId an activity of the activities module this outreach was run as, if any */
	public record OutreachForm(OutreachKind kind, LocalDate heldOn, String place, Integer audience, String note,
			UUID activityId) {
	}

	public record Outreach(UUID id, UUID projectId, OutreachKind kind, LocalDate heldOn, String place, int audience,
			String note, UUID activityId) {
	}

	public record SiteForm(SiteKind kind, String name, UUID unitId, String address, String offers, String openingHours,
			String description) {
	}

	public record Site(UUID id, SiteKind kind, String name, UUID unitId, String unit, String address, String offers,
			String openingHours, String description, Instant createdAt) {
	}
}
