package org.pomegranate.organization;

/**
 * The head counts of a unit and every unit below it, as the database keeps them (never counted
 * from the registry or the requests on a view).
 *
 * @param buildings    buildings of the grids in the subtree, retired ones included
 * @param households   households living in those buildings
 * @param residents    active residents of those households (not those moved away or deceased)
 * @param staff        staff accounts bound to a unit of the subtree
 * @param openRequests service requests held by a unit of the subtree and still open
 */
public record HeadCounts(long buildings, long households, long residents, long staff, long openRequests) {

	public static final HeadCounts NONE = new HeadCounts(0, 0, 0, 0, 0);
}
