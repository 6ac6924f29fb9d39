/**
 * Activities where neighbours of every group meet: festivals, cultural evenings, legal education,
 * heritage outreach, themed unity activities (手拉手, 心连心, 结对子), volunteer service and sports.
 * Residents sign up on the portal (or staff for them) within the capacity, the rest wait and move up
 * when a place frees; each sign-up carries a QR ticket that staff scan or type at the door. The
 * festival calendar computes the lunar and solar-term festivals for any year; participation is
 * kept per unit and month as a rollup and shown only in aggregate.
 */
package org.pomegranate.activities;
