/**
 * Facilities and booking: ethnic service centres (民族服务中心), pomegranate seed homes (石榴籽家园)
 * and community halls with their rooms, and the bookings of those rooms by staff, residents and
 * organisations. Two approved bookings of one room never overlap: the database refuses it.
 * <p>
 * Other modules use {@link org.pomegranate.facilities.Facilities} (a facility, an approved booking as
 * a venue) and the past-tense booking events of this package.
 */
package org.pomegranate.facilities;
