/**
 * Pairing (结对子·一家亲): a household paired with another household, a staff member or a volunteer
 * resident, with goals and a log of visits; a reminder to the pair's owner when it has had no visit
 * for 60 days; coverage figures (active pairs, visits per month) per community. Households are shown
 * as the registry shows them: masked in lists, in full (and audited) on a pair's own page.
 */
package org.pomegranate.pairing;
