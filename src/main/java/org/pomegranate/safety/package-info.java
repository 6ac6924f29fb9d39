/**
 * Safety-hazard screening (安全隐患排查), about places and things, never people: campaigns with a
 * checklist over units, inspection tasks over buildings, enterprises and facilities, findings with
 * photos, rectification with a deadline set by severity, re-inspection, closing on evidence, and
 * escalation of overdue rectifications to the unit's head. The enterprises registry (with its
 * liaison) lives here too: enterprises are first of all places the screening inspects, and their
 * liaison is the person a rectification at one goes through.
 */
package org.pomegranate.safety;
