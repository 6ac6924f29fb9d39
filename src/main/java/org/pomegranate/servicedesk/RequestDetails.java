package org.pomegranate.servicedesk;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A request as its handler or its resident sees it. The contact phone is masked; revealing it is
 * an audited act of its own.
 *
 * @param rating {@code null} until the resident has rated
 */
public record RequestDetails(RequestSummary summary, String description, Map<String, Object> extra, UUID residentId,
		String contactName, String maskedContactPhone, UUID householdId, String language,
		UUID firstResponsibleUnitId, String firstResponsibleUnitName, Instant resolvedAt, Instant closedAt,
		UUID escalatedToUnitId, String escalatedToUnitName, UUID mergedIntoId, String mergedIntoNumber,
		String referral, Rating rating, Instant ratedAt, int version, List<TimelineEntry> timeline,
		List<AttachmentInfo> attachments) {

	public UUID id() {
		return summary.id();
	}

	public String number() {
		return summary.number();
	}

	public RequestStatus status() {
		return summary.status();
	}

	/** A file on a request, without its bytes. */
	public record AttachmentInfo(UUID id, String fileName, String contentType, int sizeBytes) {
	}
}
