/**
 * Volunteers (志愿者): registration with explicit consent, tied to a resident's record; teams,
 * opportunities with shifts and sign-ups; hours from check-in and check-out or entered and approved;
 * an append-only points ledger whose balance never goes below zero; the certificate of hours.
 * {@link org.pomegranate.volunteers.VolunteerHours} answers other modules' figures.
 */
package org.pomegranate.volunteers;
