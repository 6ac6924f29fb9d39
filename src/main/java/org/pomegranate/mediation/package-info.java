/**
 * Dispute mediation (矛盾纠纷排查化解): cases taken in from a service request, a door-to-door
 * screening or a walk-in; their parties, sessions, outcome (agreement, partial, failed with a
 * referral) and follow-up visit; the settling deadline with its escalation; and the resolution rate
 * (化解率) per unit and month. Depends on the service desk's root API to mark a referred request;
 * the service desk does not know this module.
 */
package org.pomegranate.mediation;
