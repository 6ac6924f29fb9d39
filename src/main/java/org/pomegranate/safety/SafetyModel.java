package org.pomegranate.safety;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The records of safety screening and the enterprises registry, as services and the API use them. */
public final class SafetyModel {

	private SafetyModel() {
	}

	/** How grave a hazard is; the rectification deadline follows from it. */
	public enum Severity {
		/** Fix within 30 days. */
		MINOR(30),
		/** Fix within 15 days. */
		MAJOR(15),
		/** Fix within 3 days: a fire exit blocked, a gas leak. */
		CRITICAL(3);

		private final int days;

		Severity(int days) {
			this.days = days;
		}

		public Duration rectifyWithin() {
			return Duration.ofDays(days);
		}

		public int days() {
			return days;
		}
	}

	/** OPEN → RECTIFYING (someone responsible, a deadline) → REINSPECTED (passed) → CLOSED (on evidence). */
	public enum FindingStatus {
		OPEN, RECTIFYING, REINSPECTED, CLOSED
	}

	public enum PlaceKind {
		BUILDING, ENTERPRISE, FACILITY
	}

	public enum InspectionStatus {
		PLANNED, DONE
	}

	public enum EnterpriseKind {
		MANUFACTURING, TRADE, CATERING, LODGING, LOGISTICS, MINING, CHEMICAL, OTHER
	}

	/** @param checklist the items inspectors go through, in order (1 to 30, each up to 200 characters) */
	public record CampaignForm(String theme, LocalDate startsOn, LocalDate endsOn, List<UUID> unitIds,
			List<String> checklist) {
	}

	public record ChecklistItem(UUID id, int position, String text) {
	}

	public record Campaign(UUID id, String theme, LocalDate startsOn, LocalDate endsOn, UUID ownerUnitId,
			List<UUID> unitIds, List<ChecklistItem> checklist, Instant createdAt) {
	}

	/** A line of the campaigns list with its figures in the caller's scope. */
	public record CampaignSummary(UUID id, String theme, LocalDate startsOn, LocalDate endsOn, long tasks,
			long tasksDone, long findings, long findingsOpen, Instant createdAt) {
	}

	/**
	 * A task to inspect one place. For a building or an enterprise the place decides the unit and the
	 * label; a facility (its module is elsewhere) names its unit and label itself.
	 */
	public record InspectionForm(UUID campaignId, PlaceKind placeKind, UUID placeId, UUID unitId, String placeLabel) {
	}

	public record Inspection(UUID id, UUID campaignId, String campaignTheme, PlaceKind placeKind, UUID placeId,
			String placeLabel, UUID unitId, InspectionStatus status, Instant createdAt, Instant doneAt, String doneBy,
			String note) {
	}

	public record FindingForm(UUID checklistItemId, Severity severity, String description) {
	}

	public record RectifyForm(String responsibleParty) {
	}

	/** @param passed whether the hazard is gone; a failed re-inspection sets a fresh deadline */
	public record ReinspectForm(Boolean passed, String note) {
	}

	/** Evidence to close: a note, and/or photos sent with the close or before it. */
	public record CloseForm(String evidenceNote) {
	}

	public record Photo(UUID id, String purpose, String fileName, String contentType, int sizeBytes) {
	}

	public record Event(Instant at, String kind, String actor, String note) {
	}

	/** @param overdue rectifying past its deadline */
	public record Finding(UUID id, UUID inspectionId, UUID campaignId, String placeLabel, UUID unitId,
			UUID checklistItemId, String checklistItem, Severity severity, String description, FindingStatus status,
			String responsibleParty, Instant deadline, Instant rectifiedAt, String evidenceNote, Instant escalatedAt,
			Instant closedAt, Instant createdAt, boolean overdue, List<Photo> photos, List<Event> history) {

		Finding withDetails(List<Photo> photos, List<Event> history) {
			return new Finding(id, inspectionId, campaignId, placeLabel, unitId, checklistItemId, checklistItem,
					severity, description, status, responsibleParty, deadline, rectifiedAt, evidenceNote, escalatedAt,
					closedAt, createdAt, overdue, photos, history);
		}
	}

	/**
	 * A campaign's progress in the caller's scope.
	 *
	 * @param rectifiedOnTime findings re-inspected as fixed by their deadline, of {@code rectified}
	 */
	public record Progress(UUID campaignId, long tasks, long tasksDone, Map<Severity, Long> findingsBySeverity,
			long findings, long closed, long rectified, long rectifiedOnTime, long overdue) {
	}

	public record EnterpriseForm(String name, String creditCode, UUID unitId, String address, EnterpriseKind kind,
			UUID liaisonAccountId) {
	}

	public record Enterprise(UUID id, String name, String creditCode, UUID unitId, String address,
			EnterpriseKind kind, UUID liaisonAccountId, String liaisonName, Instant createdAt) {
	}
}
