package org.pomegranate.evaluation.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.pomegranate.evaluation.survey.Texts;

/** The records of the creation assessment (民族团结进步创建), as the service and the API speak them. */
public final class AssessmentModel {

	private AssessmentModel() {
	}

	public enum Status {
		/** No score saved yet. */
		NOT_STARTED,
		/** The community is filling it in. */
		DRAFT,
		/** Sent for review; the community can no longer change it. */
		SUBMITTED,
		/** Scored by the street or county. */
		REVIEWED
	}

	/** An indicator as written: its name, its points out of 100 and the evidence it needs. */
	public record IndicatorForm(Texts name, Integer weight, Texts evidence) {
	}

	public record SchemeForm(Texts name, List<IndicatorForm> indicators) {

		public SchemeForm {
			indicators = indicators == null ? List.of() : List.copyOf(indicators);
		}
	}

	public record Indicator(UUID id, int position, Texts name, int weight, Texts evidence) {
	}

	/** @param inUse a cycle uses it, so it can no longer change */
	public record Scheme(UUID id, UUID ownerUnitId, Texts name, List<Indicator> indicators, boolean inUse) {
	}

	public record CycleForm(UUID schemeId, Integer year) {
	}

	public record Cycle(UUID id, UUID schemeId, UUID ownerUnitId, int year) {
	}

	/** A community's own score and note for one indicator. */
	public record SelfEntry(UUID indicatorId, BigDecimal score, String note) {
	}

	/** The reviewer's score and comment for one indicator. */
	public record ReviewEntry(UUID indicatorId, BigDecimal score, String comment) {
	}

	public record Evidence(UUID id, UUID indicatorId, String kind, String fileName, String contentType, Integer size,
			String requestNumber) {
	}

	public record Entry(Indicator indicator, BigDecimal selfScore, String note, BigDecimal reviewScore,
			String reviewComment, List<Evidence> evidence) {
	}

	/** One community's assessment of one year, with totals out of 100. */
	public record Assessment(UUID cycleId, int year, UUID communityId, Texts community, Status status,
			List<Entry> entries, BigDecimal selfTotal, BigDecimal reviewTotal) {
	}

	/** A line of the table of communities, or of a community's history. */
	public record Row(UUID cycleId, int year, UUID communityId, Texts community, Status status, BigDecimal selfTotal,
			BigDecimal reviewTotal) {
	}

	/** A file as stored, for download. */
	public record EvidenceFile(String fileName, String contentType, byte[] content) {
	}
}
