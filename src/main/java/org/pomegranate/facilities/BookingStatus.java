package org.pomegranate.facilities;

/** Where a booking stands: asked for, then approved or declined by the facility's manager, or cancelled. */
public enum BookingStatus {
	PENDING, APPROVED, DECLINED, CANCELLED;

	/** Whether the booking still holds or may still come to hold its slot. */
	public boolean isOpen() {
		return this == PENDING || this == APPROVED;
	}
}
