package org.pomegranate.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record HouseholdDetails(UUID id, UUID buildingId, String compoundName, String buildingName, String unitNo,
		String room, String address, UUID gridId, boolean resettled, String resettlementProject,
		LocalDate moveInDate, List<ResidentSummary> residents, List<PastAddress> pastAddresses, int version) {

	public HouseholdDetails withResidents(List<ResidentSummary> members) {
		return new HouseholdDetails(id, buildingId, compoundName, buildingName, unitNo, room, address, gridId, resettled,
				resettlementProject, moveInDate, List.copyOf(members), pastAddresses, version);
	}

	public record PastAddress(String address, java.time.Instant movedAt, String movedBy) {
	}
}
