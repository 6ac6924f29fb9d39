package org.pomegranate.pairing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** The records of the pairing programme. */
public final class PairingModel {

	/** Days without a visit after which the pair's owner is reminded. */
	public static final int LAPSE_DAYS = 60;

	private PairingModel() {
	}

	/** Who the household is paired with. */
	public enum Kind {
		/** Another household (家庭结对). */
		HOUSEHOLDS,
		/** A staff member (干部结对). */
		STAFF,
		/** A volunteer resident (志愿者结对). */
		RESIDENT
	}

	public enum Status {
		ACTIVE, ENDED
	}

	/**
	 * @param ownerAccountId who keeps the pair going and is reminded; the partner for a staff pair,
	 *                       else the one who records it unless named
	 */
	public record PairForm(Kind kind, UUID householdId, UUID partnerHouseholdId, UUID partnerAccountId,
			UUID partnerResidentId, UUID ownerAccountId, String goals, LocalDate startedOn) {
	}

	/**
	 * A pair as lists show it: households by compound and building only (unit and room masked).
	 *
	 * @param lapsing no visit for {@value PairingModel#LAPSE_DAYS} days or more while active
	 */
	public record Pair(UUID id, Kind kind, UUID householdId, String household, UUID partnerHouseholdId,
			String partnerHousehold, UUID partnerAccountId, String partnerStaffName, UUID partnerResidentId,
			UUID ownerAccountId, String ownerName, UUID gridId, UUID communityId, String goals, LocalDate startedOn,
			Status status, LocalDate lastVisitOn, boolean lapsing) {
	}

	/** A pair's own page: the households' full addresses (read through the registry, audited) and the visits. */
	public record PairDetails(Pair pair, String householdAddress, String partnerAddress, List<Visit> visits) {
	}

	/** @param visitedOn never in the future */
	public record VisitForm(LocalDate visitedOn, String visitor, String help) {
	}

	public record Visit(UUID id, LocalDate visitedOn, String visitor, String help, String recordedBy) {
	}

	/** One community's figures: pairs active now and visits in each of the last months. */
	public record Coverage(UUID communityId, String community, long activePairs, long lapsing,
			List<MonthVisits> visits) {
	}

	public record MonthVisits(YearMonth month, long visits) {
	}
}
